namespace ChatOpsItsm.Engine.Replies;

/// <summary>
/// One message from the bot: text in a small Markdown subset (<c>**bold**</c>, <c>_italic_</c>, <c>`code`</c>,
/// lines starting with <c>- </c> as bullets, blank lines between paragraphs) and an optional card.
/// </summary>
public sealed record Reply(string? Text, Card? Card = null)
{
    public static Reply Say(string text) => new(text);

    public static Reply Show(Card card, string? text = null) => new(text, card);
}
