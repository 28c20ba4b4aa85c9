using Azure.Data.Tables;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Storage.AzureTables.Keys;

namespace ChatOpsItsm.Storage.AzureTables.Incidents;

internal sealed partial class TableIncidentStore
{
    /// <summary>One page of one index: a single range query on row keys in the incident partition.</summary>
    /// <exception cref="ArgumentException">The query lacks the state or person its kind needs.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is below 1.</exception>
    public async Task<IncidentPage> ListAsync(IncidentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1, nameof(query));
        KeyRange range = IncidentIndexKeys.Listing(query);
        (IReadOnlyList<TableEntity> rows, string? continuation) = await _records.ReadPageAsync(
            range, Math.Min(query.PageSize, IncidentQuery.MaxPageSize), IncidentIndexMapper.Properties, query.ContinuationToken, cancellationToken);
        return new IncidentPage([.. rows.Select(row => IncidentIndexMapper.ToSummary(TicketType.Incident, row))], continuation);
    }
}
