using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Teams.Cards;

/// <summary>Renders an engine <see cref="Reply"/> for Teams: Markdown text and an Adaptive Card attachment.</summary>
internal static class TeamsMessageRenderer
{
    /// <summary>
    /// Message text beyond this is cut. Teams counts text as UTF-16, so this keeps a text activity near 20 KB,
    /// inside the 28 KB budget (brief §5.6).
    /// </summary>
    public const int MaxTextLength = 10_000;

    public static TeamsMessage Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        string? text = reply.Text is { Length: > 0 } markdown ? RenderText(markdown) : null;
        return new TeamsMessage(
            string.IsNullOrEmpty(text) ? null : text,
            reply.Card is null ? null : AdaptiveCardRenderer.RenderWireAttachment(reply.Card));
    }

    /// <summary>The engine's Markdown subset as Teams message Markdown, shortened to <see cref="MaxTextLength"/>.</summary>
    public static string RenderText(string markdown) =>
        Truncation.Shorten(TeamsMarkdown.ForMessage(markdown), MaxTextLength);
}
