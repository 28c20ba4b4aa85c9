using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// The MESSAGE command "Add to timeline": the target message becomes the line <c>!timeline &lt;text&gt;</c> in the
/// channel the command was used in (a war-room thread is a channel), as if the invoker had typed it. Without the
/// MESSAGE_CONTENT intent this is how a war room's chat gets onto the timeline: context-menu targets always carry
/// their content (brief §8). Someone else's message is credited to its author, so the timeline says who said it.
/// </summary>
internal static class TimelineMessage
{
    /// <summary>The marker the engine reads as a war-room timeline line.</summary>
    public const string Marker = "!timeline";

    /// <summary>What stands in for a message with neither text nor embed titles (an image, a sticker).</summary>
    public const string NoText = "(no text)";

    private const string TitleSeparator = "; ";

    /// <summary>The timeline line, or null when Discord did not resolve the target message.</summary>
    public static InboundMessage? From(InteractionContext context, JsonInteractionData data)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(data);
        JsonMessage? target = data.TargetId is { } id && data.Resolved?.Messages is { } messages ? messages.GetValueOrDefault(id) : null;
        if (target is null)
        {
            return null;
        }

        // Cut as a whole, so the entry after the marker stays within the engine's limit too.
        string text = Truncation.Shorten($"{Marker} {Credit(target.Author, context)}{Body(target)}", MajorLimits.TimelineEntryMaxLength);
        return new InboundMessage(context.Id, context.User, context.Conversation, text)
        {
            ChannelData = context.ChannelData,
            IsDirect = context.IsDirect,
        };
    }

    private static string Body(JsonMessage target)
    {
        if (!string.IsNullOrWhiteSpace(target.Content))
        {
            return target.Content.Trim();
        }

        string titles = string.Join(
            TitleSeparator, (target.Embeds ?? []).Select(e => e.Title?.Trim()).Where(t => !string.IsNullOrEmpty(t)));
        return titles.Length > 0 ? titles : NoText;
    }

    /// <summary><c>(Sam) </c> for someone else's message; nothing for the invoker's own.</summary>
    private static string Credit(JsonUser? author, InteractionContext context)
    {
        if (author?.Id is not { Length: > 0 } authorId || authorId == context.User.Identity.Id)
        {
            return "";
        }

        string name = new[] { author.GlobalName, author.Username }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? authorId;
        return $"({name.Trim()}) ";
    }
}
