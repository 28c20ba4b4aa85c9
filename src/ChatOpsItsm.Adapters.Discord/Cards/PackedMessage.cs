using ChatOpsItsm.Adapters.Discord.Protocol;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Discord.Cards;

/// <summary>
/// A message being filled with replies, in order, while every limit holds: content (joined by a blank line) up to
/// 2000, up to 10 embeds totalling 6000, up to 5 action rows; and while the message still reads in the replies' order
/// with each button under its own card. Each reply's buttons start a new row so they stay
/// together; a button whose custom id the message already has is left out (custom ids are unique per message).
/// </summary>
internal sealed class PackedMessage
{
    private const string Separator = "\n\n";

    private readonly List<string> _contents = [];
    private readonly List<JsonEmbed> _embeds = [];
    private readonly List<JsonComponent> _rows = [];
    private readonly HashSet<string> _customIds = new(StringComparer.Ordinal);
    private int _contentLength;
    private int _embedLength;

    public bool IsEmpty => _contents.Count == 0 && _embeds.Count == 0;

    /// <summary>Adds the reply when it fits; an empty message takes any reply (each fits a message alone).</summary>
    public bool TryAdd(RenderedReply reply, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(reply);
        List<JsonComponent> buttons = reply.Buttons.Where(b => !_customIds.Contains(b.CustomId!)).ToList();
        int contentLength = reply.Content is null ? _contentLength
            : _contentLength + (_contents.Count > 0 ? Separator.Length : 0) + reply.Content.Length;
        int embedLength = _embedLength + (reply.Embed is null ? 0 : EmbedBudget.LengthOf(reply.Embed));
        int embedCount = _embeds.Count + (reply.Embed is null ? 0 : 1);
        int rowCount = _rows.Count + RowsFor(buttons.Count);
        bool fits = KeepsOrderAndOwnership(reply, buttons)
            && contentLength <= DiscordLimits.ContentLength
            && embedCount <= DiscordLimits.EmbedsPerMessage
            && embedLength <= DiscordLimits.EmbedTotalLength
            && rowCount <= DiscordLimits.RowsPerMessage;
        if (!fits && !IsEmpty)
        {
            return false;
        }

        if (logger is not null && logger.IsEnabled(LogLevel.Debug))
        {
            foreach (JsonComponent duplicate in reply.Buttons.Except(buttons))
            {
                logger.DuplicateButtonLeftOut(ActionOf(duplicate));
            }
        }

        Commit(reply, buttons, contentLength, embedLength);
        return true;
    }

    public JsonMessageData Build() => new()
    {
        Content = _contents.Count == 0 ? null : string.Join(Separator, _contents),
        Embeds = _embeds.Count == 0 ? null : [.. _embeds],
        Components = _rows.Count == 0 ? null : [.. _rows],

        // Ticket text is user input: nothing in it may ping (brief §3, our rule).
        AllowedMentions = new JsonAllowedMentions { Parse = [] },
    };

    /// <summary>
    /// Discord shows a message's content above all its embeds, and all its buttons below them. So a reply joins only
    /// where it still reads in order and its buttons cannot be taken for another card's: no text after a card, no card
    /// after buttons, and no card with buttons after another card.
    /// </summary>
    private bool KeepsOrderAndOwnership(RenderedReply reply, List<JsonComponent> buttons) =>
        !(reply.Content is not null && _embeds.Count > 0)
        && !(reply.Embed is not null && _rows.Count > 0)
        && !(buttons.Count > 0 && _embeds.Count > 0);

    private static int RowsFor(int buttons) => (buttons + DiscordLimits.ButtonsPerRow - 1) / DiscordLimits.ButtonsPerRow;

    private static string ActionOf(JsonComponent button) =>
        CustomIds.TryDecode(button.CustomId, out string actionId, out _) ? actionId : "?";

    private void Commit(RenderedReply reply, List<JsonComponent> buttons, int contentLength, int embedLength)
    {
        if (reply.Content is not null)
        {
            _contents.Add(reply.Content);
            _contentLength = contentLength;
        }

        if (reply.Embed is not null)
        {
            _embeds.Add(reply.Embed);
            _embedLength = embedLength;
        }

        foreach (JsonComponent[] row in buttons.Chunk(DiscordLimits.ButtonsPerRow))
        {
            _rows.Add(new JsonComponent { Type = ComponentTypes.ActionRow, Components = [.. row] });
        }

        _customIds.UnionWith(buttons.Select(b => b.CustomId!));
    }
}
