using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Storage.AzureTables.Resilience;

namespace ChatOpsItsm.Storage.AzureTables.Conversations;

/// <summary>The two reads the conversation stores make, each one request through the resilience pipeline.</summary>
internal static class TableReads
{
    /// <summary>The largest page the service returns.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>A point read; null when the row (or the table) does not exist.</summary>
    public static async Task<TableEntity?> ReadRowAsync(
        StorageResiliencePipeline pipeline,
        TableClient table,
        string partitionKey,
        string rowKey,
        IEnumerable<string>? select,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(table);
        NullableResponse<TableEntity> response = await pipeline.ExecuteAsync(
            async token => await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, select, token),
            cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>One page of a query.</summary>
    /// <param name="pipeline">Wraps the request.</param>
    /// <param name="table">The table to query.</param>
    /// <param name="filter">Built with <see cref="TableClient.CreateQueryFilter(FormattableString)"/>.</param>
    /// <param name="pageSize">Clamped to 1 … <see cref="MaxPageSize"/>.</param>
    /// <param name="select">The properties to return; null for all.</param>
    /// <param name="continuation">The previous page's token; null for the first page.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The rows in key order and the next page's token (null on the last page).</returns>
    public static async Task<(IReadOnlyList<TableEntity> Rows, string? Continuation)> ReadPageAsync(
        StorageResiliencePipeline pipeline,
        TableClient table,
        string filter,
        int pageSize,
        IEnumerable<string>? select,
        string? continuation,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(table);
        int size = Math.Clamp(pageSize, 1, MaxPageSize);
        Page<TableEntity>? page = await pipeline.ExecuteAsync(
            async token =>
            {
                await using IAsyncEnumerator<Page<TableEntity>> pages = table
                    .QueryAsync<TableEntity>(filter, size, select, token)
                    .AsPages(continuation, size)
                    .GetAsyncEnumerator(token);
                return await pages.MoveNextAsync() ? pages.Current : null;
            },
            cancellationToken);
        return page is null
            ? ([], null)
            : (page.Values, string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken);
    }
}
