using System.Globalization;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Teams.Cards;

/// <summary>Shortens text to fit Teams' message size and says where the full text is.</summary>
internal static class Truncation
{
    public const string Ellipsis = "…";

    /// <summary>The text cut to at most <paramref name="maxLength"/> characters, ending in "…" when cut.</summary>
    public static string Shorten(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        int keep = Math.Max(0, maxLength - Ellipsis.Length);

        // Never split a surrogate pair: half an emoji is invalid UTF-16.
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return text[..keep].TrimEnd() + Ellipsis;
    }

    /// <summary>The line shown under a shortened card: the link to the ticket, else the command that shows it.</summary>
    public static string Notice(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        const string Shortened = "_Shortened to fit in Teams._";
        if (CardActions.OpenUrl(card.Link) is { } openUrl)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Shortened} [Open the ticket]({openUrl["url"]}) for the full text.");
        }

        return TicketOf(card) is { } id
            ? $"{Shortened} Type “incident show {id}” for the full text."
            : Shortened;
    }

    /// <summary>The ticket a card is about: a button's <c>id</c>, else the title's first word (<c>INC-1001 · …</c>).</summary>
    private static TicketId? TicketOf(Card card)
    {
        foreach (CardButton button in card.Buttons)
        {
            if (button.Data.TryGetValue("id", out string? value) && TicketId.TryParse(value, out TicketId fromButton))
            {
                return fromButton;
            }
        }

        string firstWord = card.Title.Split(' ', 2)[0];
        return TicketId.TryParse(firstWord, out TicketId fromTitle) ? fromTitle : null;
    }
}
