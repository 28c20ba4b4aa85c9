using Azure.Data.Tables;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Storage.AzureTables.Tickets;

internal abstract partial class TicketStore<TTicket>
{
    /// <summary>The ticket stored in a record row.</summary>
    protected abstract TTicket FromRecord(TicketId id, TableEntity record);

    /// <summary>One point read of the record; the version is its ETag and its index rows. Null when there is none.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is of another ticket type.</exception>
    protected async Task<TStored?> ReadAsync<TStored>(
        TicketId id, Func<TTicket, RecordVersion, TStored> stored, CancellationToken cancellationToken)
        where TStored : class =>
        await _records.ReadRecordAsync(id, cancellationToken) is { } read ? stored(FromRecord(id, read.Record), read.Version) : null;

    /// <summary>One range query: the record and every event below it, oldest first. Null when there is no record.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is of another ticket type.</exception>
    protected async Task<TWithHistory?> ReadWithHistoryAsync<TWithHistory>(
        TicketId id, Func<TTicket, IReadOnlyList<AuditEvent>, TWithHistory> withHistory, CancellationToken cancellationToken)
        where TWithHistory : class =>
        await _records.ReadWithHistoryAsync(id, cancellationToken) is { } read ? withHistory(FromRecord(id, read.Record), read.History) : null;

    /// <summary>One page of one index: a single range query on row keys in the ticket type's partition.</summary>
    /// <exception cref="ArgumentException">The query lacks what its kind needs.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is below 1.</exception>
    protected async Task<TPage> ListTicketsAsync<TQuery, TSummary, TPage>(
        TQuery query, TicketListing<TQuery, TSummary, TPage> listing, CancellationToken cancellationToken)
        where TQuery : class
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(listing);
        (int pageSize, string? continuationToken) = listing.Paging(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1, nameof(query));
        (IReadOnlyList<TableEntity> rows, string? continuation) = await _records.ReadPageAsync(
            listing.Range(query), Math.Min(pageSize, listing.MaxPageSize), listing.Properties, continuationToken, cancellationToken);
        return listing.ToPage([.. rows.Select(listing.ToSummary)], continuation);
    }
}
