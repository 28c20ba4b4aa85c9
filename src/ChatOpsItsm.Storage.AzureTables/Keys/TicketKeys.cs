using System.Globalization;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Storage.AzureTables.Keys;

/// <summary>
/// Keys of the tickets table (docs/storage.md): one partition per ticket type, the record at <c>t|N</c>,
/// its audit events at <c>t|N|a|kkkkkk</c>, the id high-water mark at <c>seq</c>. Numbers are zero-padded
/// to ten digits so that keys sort like numbers.
/// </summary>
internal static class TicketKeys
{
    /// <summary>Row key of the id high-water mark of a partition.</summary>
    public const string SequenceRowKey = "seq";

    /// <summary>The highest audit sequence number a six-digit key holds.</summary>
    public const int MaxAuditSequence = 999_999;

    /// <summary>Start of every record and audit key, for range queries over records.</summary>
    public const string RecordPrefix = "t|";

    public static string Partition(TicketType type) => TicketId.PrefixOf(type);

    /// <summary>The number zero-padded to ten digits: sorts oldest first.</summary>
    public static string Number(long number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, TicketId.MaxNumber);
        return number.ToString("D10", CultureInfo.InvariantCulture);
    }

    /// <summary><c>9999999999 - number</c>, zero-padded: sorts newest first.</summary>
    public static string Inverted(long number) => Number(TicketId.MaxNumber - number);

    public static string Record(TicketId id) => RecordPrefix + Number(id.Number);

    public static string Audit(TicketId id, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxAuditSequence);
        return string.Create(CultureInfo.InvariantCulture, $"{Record(id)}|a|{sequence:D6}");
    }

    /// <summary>The record and its whole audit trail: <c>RowKey ge 't|N' and RowKey lt 't|N}'</c>.</summary>
    public static KeyRange RecordAndHistory(TicketId id) => KeyRange.WithChildren(Record(id));

    /// <summary>The number of a record key <c>t|N</c> or of an audit key below it.</summary>
    public static bool TryParseRecordNumber(string rowKey, out long number)
    {
        number = 0;
        int length = RecordPrefix.Length + 10;
        return rowKey.StartsWith(RecordPrefix, StringComparison.Ordinal)
            && rowKey.Length >= length
            && long.TryParse(rowKey.AsSpan(RecordPrefix.Length, 10), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }
}
