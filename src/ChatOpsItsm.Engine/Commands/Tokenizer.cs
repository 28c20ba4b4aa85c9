using System.Text;

namespace ChatOpsItsm.Engine.Commands;

/// <summary>
/// Splits a command line into words: whitespace separates, double quotes (straight or curly) group,
/// <c>key:value</c> and <c>key:"a value"</c> become keyed words.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Split(string text)
    {
        List<Token> tokens = [];
        int i = 0;
        string line = text ?? "";
        while (i < line.Length)
        {
            if (char.IsWhiteSpace(line[i]))
            {
                i++;
                continue;
            }

            tokens.Add(ReadToken(line, ref i));
        }

        return tokens;
    }

    private static Token ReadToken(string line, ref int i)
    {
        StringBuilder raw = new();
        StringBuilder value = new();
        string? key = null;
        bool quotedFromStart = IsQuote(line[i]);
        bool inQuotes = false;
        while (i < line.Length && (inQuotes || !char.IsWhiteSpace(line[i])))
        {
            char c = line[i];
            if (IsQuote(c))
            {
                inQuotes = !inQuotes;
            }
            else if (c == ':' && !inQuotes && key is null && !quotedFromStart && value.Length > 0 && IsKey(value))
            {
                key = value.ToString();
                value.Clear();
            }
            else
            {
                value.Append(c);
            }

            raw.Append(c);
            i++;
        }

        // Unkeyed words keep their quotes out but their text intact; keyed words expose key and value.
        return key is null
            ? new Token(value.ToString(), null, value.ToString())
            : new Token(raw.ToString(), key.ToLowerInvariant(), value.ToString());
    }

    private static bool IsKey(StringBuilder word)
    {
        for (int k = 0; k < word.Length; k++)
        {
            if (!char.IsAsciiLetterOrDigit(word[k]) && word[k] != '_')
            {
                return false;
            }
        }

        return word.Length <= 20;
    }

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D';
}
