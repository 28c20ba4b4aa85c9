using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Commands;

namespace ChatOpsItsm.Engine.Handling;

/// <summary>
/// A command's parameter values by name, read as the types the handlers need. Each reader returns the
/// value or a sentence saying what is wrong with it, so a bad value becomes a clear reply.
/// </summary>
public sealed class CommandArguments(CommandDefinition command, IReadOnlyDictionary<string, string> values)
{
    public CommandDefinition Command { get; } = command;

    public IReadOnlyDictionary<string, string> Values { get; } = values;

    public string? Text(string name)
    {
        return Values.TryGetValue(name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }

    /// <summary>A first problem among all values: too long, or not one of a choice's values.</summary>
    public string? FirstProblem()
    {
        foreach (ParameterDefinition parameter in Command.Parameters)
        {
            string? value = Text(parameter.Name);
            if (value is null)
            {
                continue;
            }

            if (value.Length > parameter.MaxLength)
            {
                return $"The {parameter.Name} is {value.Length} characters long; the limit is {parameter.MaxLength}.";
            }

            if (parameter.Kind == ParameterKind.Choice
                && !parameter.Choices.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                return $"The {parameter.Name} must be one of: {string.Join(", ", parameter.Choices)}.";
            }
        }

        return null;
    }

    public (TicketId? Id, string? Problem) TicketId(string name = "id")
    {
        string? text = Text(name);
        if (text is null)
        {
            return (null, $"Which ticket? Usage: `{Command.Usage}`");
        }

        return Domain.Tickets.TicketId.TryParse(text, out TicketId id)
            ? (id, null)
            : (null, $"`{Shorten(text)}` is not a ticket id such as INC-1001.");
    }

    /// <summary>
    /// A person: empty or <c>me</c> is the sender; <c>@name</c> is <c>name</c> on the sender's platform;
    /// <c>platform:id</c> is taken as written.
    /// </summary>
    public (UserIdentity? Identity, string? Problem) User(string name, UserIdentity sender)
    {
        string? text = Text(name);
        if (text is null || text.Equals("me", StringComparison.OrdinalIgnoreCase))
        {
            return (sender, null);
        }

        string candidate = text.StartsWith('@') ? $"{sender.Platform}:{text[1..]}" : text;
        if (!candidate.Contains(':', StringComparison.Ordinal))
        {
            candidate = $"{sender.Platform}:{candidate}";
        }

        return UserIdentity.TryParse(candidate, out UserIdentity identity)
            ? (identity, null)
            : (null, $"`{Shorten(text)}` is not a person: write me, @name or platform:id.");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
