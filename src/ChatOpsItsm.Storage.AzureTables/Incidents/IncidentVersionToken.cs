using Azure;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Keys;

namespace ChatOpsItsm.Storage.AzureTables.Incidents;

/// <summary>
/// What a <see cref="RecordVersion"/> of an incident holds: the record's ETag and the row keys of the index rows
/// that exist for the state read, one per line (keys never hold a line break: <see cref="KeyEscaper"/> escapes it).
/// A save updates the record on that ETag and deletes those of the rows the new state no longer wants.
/// </summary>
internal sealed record IncidentVersionToken(ETag ETag, IReadOnlyList<string> IndexKeys)
{
    private const char Separator = '\n';

    public RecordVersion ToVersion() => new(string.Join(Separator, [ETag.ToString(), .. IndexKeys]));

    /// <summary>Reads a version this store handed out for <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">The token is empty, or names a row that is not an index row of <paramref name="id"/>.</exception>
    public static IncidentVersionToken Parse(RecordVersion version, TicketId id)
    {
        ArgumentNullException.ThrowIfNull(version);
        string[] lines = (version.Token ?? "").Split(Separator);
        if (lines[0].Length == 0)
        {
            throw new ArgumentException("The version holds no ETag.", nameof(version));
        }

        string[] keys = lines[1..];
        if (!keys.All(key => IncidentIndexKeys.BelongsTo(key, id)))
        {
            throw new ArgumentException($"The version was not handed out for {id}.", nameof(version));
        }

        return new IncidentVersionToken(new ETag(lines[0]), keys);
    }
}
