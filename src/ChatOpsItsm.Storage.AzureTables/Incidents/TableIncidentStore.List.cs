using Azure;
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
        int pageSize = Math.Min(query.PageSize, IncidentQuery.MaxPageSize);
        KeyRange range = IncidentIndexKeys.Listing(query);
        string filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition} and RowKey ge {range.From} and RowKey lt {range.To}");
        string? continuation = string.IsNullOrEmpty(query.ContinuationToken) ? null : query.ContinuationToken;
        Page<TableEntity>? page = await _pipeline.ExecuteAsync(
            async token =>
            {
                await using IAsyncEnumerator<Page<TableEntity>> pages = _table
                    .QueryAsync<TableEntity>(filter, pageSize, IncidentIndexMapper.Properties, token)
                    .AsPages(continuation, pageSize)
                    .GetAsyncEnumerator(token);
                return await pages.MoveNextAsync() ? pages.Current : null;
            },
            cancellationToken);
        if (page is null)
        {
            return new IncidentPage([], null);
        }

        List<IncidentSummary> items = [.. page.Values.Select(row => IncidentIndexMapper.ToSummary(TicketType.Incident, row))];
        return new IncidentPage(items, string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken);
    }
}
