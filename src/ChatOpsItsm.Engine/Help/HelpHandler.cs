using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Help;

/// <summary><c>help</c>: the commands the asker may use, and a "did you mean" for a mistyped one.</summary>
public sealed class HelpHandler(CommandCatalog catalog)
{
    public EngineResponse Help(CommandContext context, string? topic = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        IEnumerable<CommandDefinition> commands = catalog.Commands
            .Where(c => c.AllowedFor(context.Person))
            .Where(c => topic is null || c.Group.Equals(topic, StringComparison.OrdinalIgnoreCase));
        string lines = string.Join('\n', commands.Select(c => $"- `{c.Usage}`: {c.Description}"));
        return EngineResponse.Of(Reply.Say(
            "**What I can do for you**\n" + lines
            + "\n\nOr just tell me what is wrong in your own words, and I'll propose an incident."));
    }

    public EngineResponse Unknown(UnknownCommand unknown, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        ArgumentNullException.ThrowIfNull(context);
        string typed = unknown.Typed.Length > 40 ? unknown.Typed[..40] + "…" : unknown.Typed;
        string intro = $"I don't know `{typed.Replace("`", "'", StringComparison.Ordinal)}`. Did you mean `{unknown.Suggestion.Usage}`?\n\n";
        Reply help = Help(context).Replies[0];
        return EngineResponse.Of(Reply.Say(intro + help.Text));
    }
}
