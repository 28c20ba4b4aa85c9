using ChatOpsItsm.Adapters.Discord.Protocol;

namespace ChatOpsItsm.Adapters.Discord.Cards;

/// <summary>One reply in Discord's terms, each part already within the limits of a message: text, an embed, its buttons.</summary>
internal sealed record RenderedReply(string? Content, JsonEmbed? Embed, IReadOnlyList<JsonComponent> Buttons)
{
    /// <summary>Discord refuses a message with neither content nor an embed (50006), and buttons alone say nothing.</summary>
    public bool IsEmpty => Content is null && Embed is null;
}
