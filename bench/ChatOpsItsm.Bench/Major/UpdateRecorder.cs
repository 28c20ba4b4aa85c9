using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ChatOpsItsm.Bench.Delivery;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Bench.Major;

/// <summary>
/// What <see cref="UpdateRecordingChannel"/> saw: every message handed to the channel (when, where to, its text), and
/// per update token and place the first handover. Each <c>major update</c> the bench sends carries a token of its own
/// (<see cref="Token"/>), and the update is found by it wherever it lands: the delivery keys of stakeholder notices are
/// the engine's to choose, the text the bench wrote is the one thing it knows. A place is a conversation
/// (<c>local:stake-3</c>), <c>dm local:alice</c>, or <see cref="KeyPrefix"/> and a message key for a message kept
/// current in place (the status board, <c>key:major-board:INC-1001</c>). Thread-safe: every delivery worker calls it.
/// </summary>
internal sealed partial class UpdateRecorder
{
    /// <summary>Marks a place that is a message key rather than a conversation.</summary>
    public const string KeyPrefix = "key:";

    private readonly ConcurrentQueue<ChannelCall> _calls = new();
    private readonly ConcurrentDictionary<(string Token, string Place), Handover> _updates = new();
    private string? _warRoom;
    private long _lastCallAt;

    /// <summary>The first thread opened through the channel (the war room), <c>local:thread:…</c>; null until then.</summary>
    public string? WarRoom => Volatile.Read(ref _warRoom);

    /// <summary>The <see cref="System.Diagnostics.Stopwatch"/> timestamp of the latest call seen; 0 before the first.</summary>
    public long LastCallAt => Interlocked.Read(ref _lastCallAt);

    /// <summary>
    /// The token of update <paramref name="number"/>: <c>upd000042x</c>. Letters and digits only, so no Markdown
    /// escaping changes it, and fixed width, so one token is never the start of another.
    /// </summary>
    public static string Token(int number) => string.Create(CultureInfo.InvariantCulture, $"upd{number:D6}x");

    /// <summary>A message handed over at <paramref name="timestamp"/> to <paramref name="conversation"/> and/or under <paramref name="messageKey"/>.</summary>
    public void Record(long timestamp, string? conversation, string? messageKey, Reply message)
    {
        ArgumentNullException.ThrowIfNull(message);
        string text = TextOf(message);
        string[] places = [.. new[] { conversation, messageKey is null ? null : KeyPrefix + messageKey }.OfType<string>()];
        _calls.Enqueue(new ChannelCall(timestamp, places, text));
        long seen = Interlocked.Read(ref _lastCallAt);
        while (timestamp > seen && Interlocked.CompareExchange(ref _lastCallAt, timestamp, seen) != seen)
        {
            seen = Interlocked.Read(ref _lastCallAt);
        }

        foreach (Match token in TokenPattern().Matches(text).Cast<Match>().DistinctBy(match => match.Value))
        {
            foreach (string place in places)
            {
                _updates.AddOrUpdate(
                    (token.Value, place), _ => new Handover(timestamp, place, 1), (_, first) => first with { Calls = first.Calls + 1 });
            }
        }
    }

    /// <summary>Remembers the first war room opened; later ones (there should be none) are ignored.</summary>
    public void RecordWarRoom(string conversation) => Interlocked.CompareExchange(ref _warRoom, conversation, null);

    /// <summary>The first message carrying <paramref name="token"/> handed to <paramref name="place"/>, if any.</summary>
    public bool TryGetUpdate(string token, string place, out Handover handover) => _updates.TryGetValue((token, place), out handover);

    /// <summary>Whether any message handed to <paramref name="place"/> so far contains <paramref name="needle"/>.</summary>
    public bool Reached(string place, string needle) =>
        _calls.Any(call => call.Places.Contains(place, StringComparer.Ordinal) && call.Text.Contains(needle, StringComparison.Ordinal));

    /// <summary>Channel calls handed over from <paramref name="from"/> to <paramref name="to"/> (timestamps, inclusive).</summary>
    public int CallsBetween(long from, long to) => _calls.Count(call => call.Timestamp >= from && call.Timestamp <= to);

    /// <summary>Everything a reader sees: the text, and the card's title, facts and body.</summary>
    private static string TextOf(Reply message)
    {
        var text = new StringBuilder(message.Text);
        if (message.Card is { } card)
        {
            text.Append('\n').Append(card.Title);
            foreach (CardFact fact in card.Facts)
            {
                text.Append('\n').Append(fact.Label).Append(": ").Append(fact.Value);
            }

            text.Append('\n').Append(card.Body);
        }

        return text.ToString();
    }

    [GeneratedRegex(@"upd\d{6}x", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    /// <summary>One message handed over: when, the places it counts for, and its text.</summary>
    private sealed record ChannelCall(long Timestamp, string[] Places, string Text);
}
