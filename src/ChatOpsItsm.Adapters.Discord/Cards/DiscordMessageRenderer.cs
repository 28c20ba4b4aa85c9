using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Discord.Cards;

/// <summary>
/// Renders engine replies as Discord messages (legacy embeds and action rows, brief §4 "our choice"):
/// <list type="bullet">
/// <item>the text becomes <c>content</c> (the engine's Markdown subset is valid Discord Markdown). Where several
/// messages may be sent (<see cref="Render(IReadOnlyList{Reply}, ILogger?)"/>, <see cref="RenderInParts"/>), a text
/// over 2000 is split into several messages by <see cref="ContentSplitter"/>, the reply's card going with the last
/// part so its buttons come after the whole text; where one message is all there is (<see cref="Render(Reply, ILogger?)"/>:
/// an edit in place, the root of a thread), it is cut at 2000 with a pointer to the full ticket;</item>
/// <item>a card becomes one rich embed (<see cref="EmbedRenderer"/>) and its buttons action rows of five
/// (<see cref="ButtonRenderer"/>), their <c>custom_id</c> made by <see cref="CustomIds"/>;</item>
/// <item>a form card cannot be filled in a message (on Discord forms are modals, opened by a click): it is shown as an
/// embed listing the inputs to fill, and its submit button (the first primary one, else the first) sends
/// <c>form.&lt;action&gt;</c>, to which the engine answers with the same form and the inbound side opens it as a modal.
/// Its other buttons (Cancel: <c>intake.cancel</c>) stay as they are;</item>
/// <item>every message sets <c>allowed_mentions.parse</c> empty: ticket text is user input, and <c>@everyone</c> in a
/// title must not ping anybody.</item>
/// </list>
/// </summary>
internal static class DiscordMessageRenderer
{
    /// <summary>
    /// One reply as exactly one message, its text cut at 2000 with a pointer to the full ticket: for a message that is
    /// edited in place or that a thread starts from, which must stay one message.
    /// </summary>
    /// <exception cref="ArgumentException">The reply has neither text nor a card: Discord refuses an empty message.</exception>
    public static JsonMessageData Render(Reply reply, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        string? link = EmbedRenderer.HttpLink(reply.Card?.Link);
        string? content = string.IsNullOrWhiteSpace(reply.Text)
            ? null
            : Truncation.ShortenAtBoundary(reply.Text, DiscordLimits.ContentLength, link);
        RenderedReply rendered = RenderParts(reply, content, logger);
        if (rendered.IsEmpty)
        {
            throw new ArgumentException("A reply needs text or a card: Discord refuses an empty message.", nameof(reply));
        }

        PackedMessage message = new();
        message.TryAdd(rendered, logger);
        return message.Build();
    }

    /// <summary>
    /// One reply as one or more messages, in order: a text over 2000 is split (<see cref="SplitLongTexts"/>), the card
    /// going with the last part. For posts by the outbound channel.
    /// </summary>
    /// <exception cref="ArgumentException">The reply has neither text nor a card: Discord refuses an empty message.</exception>
    public static IReadOnlyList<JsonMessageData> RenderInParts(Reply reply, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        IReadOnlyList<JsonMessageData> messages = Render([reply], logger);
        return messages.Count > 0
            ? messages
            : throw new ArgumentException("A reply needs text or a card: Discord refuses an empty message.", nameof(reply));
    }

    /// <summary>
    /// Several replies, in order, as few messages as Discord's limits allow (content 2000, 10 embeds totalling 6000,
    /// 5 action rows); an empty reply is skipped. A text over 2000 is first split (<see cref="SplitLongTexts"/>): two of
    /// its parts never share a message, though a short reply may join its first or last part. The first message answers the interaction, the rest are follow-ups.
    /// </summary>
    public static IReadOnlyList<JsonMessageData> Render(IReadOnlyList<Reply> replies, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(replies);
        List<JsonMessageData> messages = [];
        PackedMessage current = new();
        foreach (Reply reply in SplitLongTexts(replies))
        {
            RenderedReply rendered = RenderParts(reply, string.IsNullOrWhiteSpace(reply.Text) ? null : reply.Text, logger);
            if (rendered.IsEmpty)
            {
                continue;
            }

            if (!current.TryAdd(rendered, logger))
            {
                messages.Add(current.Build());
                current = new PackedMessage();
                current.TryAdd(rendered, logger);
            }
        }

        if (!current.IsEmpty)
        {
            messages.Add(current.Build());
        }

        return messages;
    }

    /// <summary>The rows of a clicked message with every button and select disabled, for the update after a decision (brief §4).</summary>
    public static List<JsonComponent> Disabled(IReadOnlyList<JsonComponent> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Select(DisabledCopy).ToList();
    }

    /// <summary>
    /// The replies with every text over 2000 split into replies of one message each (<see cref="ContentSplitter"/>):
    /// the text parts first, the last part with the reply's card. A reply that fits is kept as it is. Replies, not
    /// messages, so an interaction answer can send the first part and queue the rest as ordinary replies; two parts
    /// never fit one message together, so packing them again gives the same messages.
    /// </summary>
    public static IReadOnlyList<Reply> SplitLongTexts(IReadOnlyList<Reply> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        List<Reply> split = [];
        foreach (Reply reply in replies)
        {
            ArgumentNullException.ThrowIfNull(reply);
            if (reply.Text is not { Length: > DiscordLimits.ContentLength } text)
            {
                split.Add(reply);
                continue;
            }

            IReadOnlyList<string> parts = ContentSplitter.Split(text, EmbedRenderer.HttpLink(reply.Card?.Link));
            split.AddRange(parts.SkipLast(1).Select(Reply.Say));
            split.Add(reply with { Text = parts[^1] });
        }

        return split;
    }

    /// <summary>The reply in Discord's terms, its <paramref name="content"/> already within the limit.</summary>
    private static RenderedReply RenderParts(Reply reply, string? content, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Card is not { } card)
        {
            return new RenderedReply(content, null, []);
        }

        int factRoom = card.IsForm ? DiscordLimits.EmbedFields - 1 : DiscordLimits.EmbedFields;
        if (card.Facts.Count > factRoom)
        {
            logger?.FactsOverLimit(card.Facts.Count - factRoom, DiscordLimits.EmbedFields);
        }

        return new RenderedReply(content, EmbedRenderer.Render(card), UniqueButtons(card, logger));
    }

    /// <summary>The card's buttons, a repeated custom id and any beyond the 25 a message holds left out.</summary>
    private static List<JsonComponent> UniqueButtons(Card card, ILogger? logger)
    {
        const int MaxButtons = DiscordLimits.RowsPerMessage * DiscordLimits.ButtonsPerRow;
        List<JsonComponent> unique = ButtonRenderer.Render(card, logger).DistinctBy(b => b.CustomId, StringComparer.Ordinal).ToList();
        if (unique.Count > MaxButtons)
        {
            logger?.ButtonsOverLimit(unique.Count - MaxButtons, MaxButtons);
            unique.RemoveRange(MaxButtons, unique.Count - MaxButtons);
        }

        return unique;
    }

    private static JsonComponent DisabledCopy(JsonComponent component)
    {
        JsonComponent copy = new()
        {
            Type = component.Type,
            Id = component.Id,
            CustomId = component.CustomId,
            Style = component.Style,
            Label = component.Label,
            Url = component.Url,
            Disabled = component.Disabled,
            Description = component.Description,
            Options = component.Options,
            Placeholder = component.Placeholder,
            MinValues = component.MinValues,
            MaxValues = component.MaxValues,
            Required = component.Required,
            Value = component.Value,
            Values = component.Values,
            MinLength = component.MinLength,
            MaxLength = component.MaxLength,
            Component = component.Component is null ? null : DisabledCopy(component.Component),
            Components = component.Components?.Select(DisabledCopy).ToList(),
        };
        if (IsInteractive(copy.Type))
        {
            copy.Disabled = true;
        }

        return copy;
    }

    /// <summary>Buttons and the five kinds of select: everything a click or a choice can act on.</summary>
    private static bool IsInteractive(int type) => type is ComponentTypes.Button or ComponentTypes.StringSelect or (>= 5 and <= 8);
}
