using Azure;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Keys;

namespace ChatOpsItsm.Storage.AzureTables.Tickets;

/// <summary>
/// What a <see cref="RecordVersion"/> of a ticket holds: the record's ETag and the row keys of the index rows that
/// exist for the state read, one per line (keys never hold a line break: <see cref="KeyEscaper"/> escapes it). A save
/// updates the record on that ETag and deletes those of the rows the new state no longer wants.
/// </summary>
internal sealed record TicketVersionToken(ETag ETag, IReadOnlyList<string> IndexKeys)
{
    private const char Separator = '\n';

    public RecordVersion ToVersion() => new(string.Join(Separator, [ETag.ToString(), .. IndexKeys]));

    /// <summary>Reads a version this store handed out for <paramref name="id"/>.</summary>
    /// <param name="version">The version read.</param>
    /// <param name="id">The ticket being saved.</param>
    /// <param name="belongsTo">Whether a row key could be an index row of the ticket: the only rows a token may delete.</param>
    /// <exception cref="ArgumentException">The token is empty, or names a row that is not an index row of <paramref name="id"/>.</exception>
    public static TicketVersionToken Parse(RecordVersion version, TicketId id, Func<string, TicketId, bool> belongsTo)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(belongsTo);
        string[] lines = (version.Token ?? "").Split(Separator);
        if (lines[0].Length == 0)
        {
            throw new ArgumentException("The version holds no ETag.", nameof(version));
        }

        string[] keys = lines[1..];
        if (!keys.All(key => belongsTo(key, id)))
        {
            throw new ArgumentException($"The version was not handed out for {id}.", nameof(version));
        }

        return new TicketVersionToken(new ETag(lines[0]), keys);
    }
}
