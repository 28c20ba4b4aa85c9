using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Tickets;

namespace ChatOpsItsm.Storage.AzureTables.Incidents;

internal sealed partial class TableIncidentStore
{
    private static readonly TicketListing<IncidentQuery, IncidentSummary, IncidentPage> Listing = new(
        IncidentIndexKeys.Listing, static query => (query.PageSize, query.ContinuationToken), IncidentQuery.MaxPageSize,
        IncidentIndexMapper.Properties, static row => IncidentIndexMapper.ToSummary(TicketType.Incident, row),
        static (items, continuation) => new IncidentPage(items, continuation));

    /// <summary>One page of one index: a single range query on row keys in the incident partition.</summary>
    /// <exception cref="ArgumentException">The query lacks the state or person its kind needs.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is below 1.</exception>
    public async Task<IncidentPage> ListAsync(IncidentQuery query, CancellationToken cancellationToken)
    {
        return await ListTicketsAsync(query, Listing, cancellationToken);
    }
}
