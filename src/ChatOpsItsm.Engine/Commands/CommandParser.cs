namespace ChatOpsItsm.Engine.Commands;

/// <summary>
/// The text grammar of SPEC §4: an optional leading <c>/</c>, the command's words, <c>key:value</c> options
/// (quoted when they hold spaces) and the remaining words as the positional parameters, the last text
/// parameter taking the rest. A <c>key:</c> that is not one of the command's parameters stays text, so a
/// title like <c>Error: printer jam</c> survives.
/// </summary>
public sealed class CommandParser(CommandCatalog catalog)
{
    /// <summary>Plain text whose first word is this close to a command is taken as a mistyped command.</summary>
    private const int TypoDistance = 2;

    public ParseOutcome Parse(string text)
    {
        string line = (text ?? "").Trim();
        bool slash = line.StartsWith('/');
        IReadOnlyList<Token> tokens = Tokenizer.Split(slash ? line[1..] : line);
        if (tokens.Count == 0)
        {
            return slash ? new UnknownCommand("/", catalog.Find("help", null)!) : new PlainText(line);
        }

        string first = tokens[0].Text.ToLowerInvariant();
        if (tokens[0].Key is not null && !slash)
        {
            // "Incident: server down" is a sentence, not a command.
            return new PlainText(line);
        }

        if (!catalog.IsGroup(first) || tokens[0].Key is not null)
        {
            return slash || LooksLikeMistypedCommand(first, tokens.Count)
                ? new UnknownCommand(string.Join(' ', tokens.Take(2).Select(t => t.Text)), catalog.Nearest(TwoWords(tokens)))
                : new PlainText(line);
        }

        CommandDefinition? command = catalog.Find(first, null);
        int used = 1;
        if (command is null)
        {
            string? second = tokens.Count > 1 && tokens[1].Key is null ? tokens[1].Text.ToLowerInvariant() : null;
            command = second is null ? null : catalog.Find(first, second);
            if (command is null)
            {
                // "admin rights needed" is a sentence; "incident lst" and "/admin foo" are commands gone wrong.
                return slash || tokens.Count <= 2 || IsNearSubcommand(first, second)
                    ? new UnknownCommand(TwoWords(tokens), catalog.Nearest(TwoWords(tokens)))
                    : new PlainText(line);
            }

            used = 2;
        }

        Dictionary<string, string> values = Bind(command, tokens.Skip(used).ToList());
        bool sentenceLike = !slash && command.Name is null && command.Group != "help" && tokens.Count - used >= 2;
        return sentenceLike && HasInvalidLeadingChoice(command, values)
            ? new PlainText(line)
            : new ParsedCommand(command, values);
    }

    /// <summary>"notify me when the VPN is back" is a sentence: the word after the command is no valid choice.</summary>
    private static bool HasInvalidLeadingChoice(CommandDefinition command, Dictionary<string, string> values)
    {
        ParameterDefinition? first = command.Parameters.FirstOrDefault(p => p.Positional);
        return first is { Kind: ParameterKind.Choice }
            && values.TryGetValue(first.Name, out string? value)
            && !first.Choices.Contains(value, StringComparer.OrdinalIgnoreCase);
    }

    private bool IsNearSubcommand(string group, string? word) =>
        word is not null
        && catalog.Commands.Any(c => c.Group == group && c.Name is not null && EditDistance.Between(word, c.Name) <= TypoDistance);

    private static Dictionary<string, string> Bind(CommandDefinition command, List<Token> tokens)
    {
        Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);
        List<string> words = [];
        foreach (Token token in tokens)
        {
            bool isParameter = token.Key is not null
                && command.Parameters.Any(p => p.Name.Equals(token.Key, StringComparison.OrdinalIgnoreCase));
            if (isParameter)
            {
                values[token.Key!] = token.Value;
            }
            else
            {
                words.Add(token.Text);
            }
        }

        List<ParameterDefinition> positional = command.Parameters.Where(p => p.Positional && !values.ContainsKey(p.Name)).ToList();
        int next = 0;
        for (int index = 0; index < positional.Count && next < words.Count; index++)
        {
            ParameterDefinition parameter = positional[index];
            bool takesRest = parameter.Kind == ParameterKind.Text || index == positional.Count - 1;
            values[parameter.Name] = takesRest ? string.Join(' ', words.Skip(next)) : words[next];
            next = takesRest ? words.Count : next + 1;
        }

        return values;
    }

    private static string TwoWords(IReadOnlyList<Token> tokens) => string.Join(' ', tokens.Take(2).Select(t => t.Text));

    private bool LooksLikeMistypedCommand(string first, int wordCount) =>
        wordCount <= 4
        && first.Length >= 4
        && catalog.Groups.Any(group => EditDistance.Between(first, group) <= TypoDistance);
}
