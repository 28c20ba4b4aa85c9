using System.Globalization;
using ChatOpsItsm.Storage.AzureTables.Keys;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.LocalChat;

/// <summary>
/// Keys of the LocalChat table (docs/storage.md §13). A conversation's partition is its escaped id and
/// holds <c>head</c> (the last change number), messages <c>m|S</c>, the change feed <c>f|S</c>, message-key rows
/// <c>k|…</c> and message-id markers <c>id|…</c>. Change numbers are 19-digit and zero-padded; message keys use
/// the inverted number so that the newest message sorts first. The message-key index lives in partitions
/// <c>keyidx|&lt;escaped key&gt;</c>, which no conversation partition can equal: the escaper never lets <c>|</c> through.
/// </summary>
internal static class LocalChatKeys
{
    public const string Head = "head";

    private const string MessagePrefix = "m|";
    private const string FeedPrefix = "f|";
    private const string KeyPrefix = "k|";
    private const string IdPrefix = "id|";
    private const string KeyIndexPrefix = "keyidx|";
    private const string NumberFormat = "D19";

    /// <summary>Every message row, newest first.</summary>
    public static KeyRange Messages { get; } = KeyRange.Prefix(MessagePrefix);

    public static string Partition(string conversationId) => KeyEscaper.KeyPart(conversationId);

    public static string KeyIndexPartition(string messageKey) => KeyIndexPrefix + KeyEscaper.KeyPart(messageKey);

    /// <summary>The message first posted with change number <paramref name="sequence"/>.</summary>
    public static string Message(long sequence) => MessagePrefix + Number(long.MaxValue - sequence);

    /// <summary>The change number a message row key was made from: its position in the conversation.</summary>
    public static long SequenceOfMessage(string messageRow)
    {
        ArgumentNullException.ThrowIfNull(messageRow);
        return messageRow.StartsWith(MessagePrefix, StringComparison.Ordinal)
            && long.TryParse(messageRow.AsSpan(MessagePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out long inverted)
                ? long.MaxValue - inverted
                : throw new InvalidDataException($"'{messageRow}' is not a message row key.");
    }

    public static string Feed(long sequence) => FeedPrefix + Number(sequence);

    /// <summary>The feed rows from change <paramref name="sequence"/> (included) to the end.</summary>
    public static KeyRange FeedFrom(long sequence) => new(Feed(sequence), KeyRange.Prefix(FeedPrefix).To);

    public static long SequenceOfFeed(string feedRow)
    {
        ArgumentNullException.ThrowIfNull(feedRow);
        return feedRow.StartsWith(FeedPrefix, StringComparison.Ordinal)
            && long.TryParse(feedRow.AsSpan(FeedPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out long sequence)
                ? sequence
                : throw new InvalidDataException($"'{feedRow}' is not a feed row key.");
    }

    public static string Key(string messageKey) => KeyPrefix + KeyEscaper.KeyPart(messageKey);

    public static string Id(string messageId) => IdPrefix + KeyEscaper.KeyPart(messageId);

    /// <summary>A cursor is the number of the last change the reader has: plain digits.</summary>
    public static string Cursor(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    public static bool TryParseCursor(string cursor, out long sequence) =>
        long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out sequence);

    private static string Number(long value) => value.ToString(NumberFormat, CultureInfo.InvariantCulture);
}
