using Azure.Data.Tables;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Changes;

/// <summary>What the change store tests do again and again: create from the builder, change and save, read raw rows.</summary>
internal static class ChangeStoreOperations
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<Change> CreateAsync(TestStorage storage, Func<ChangeBuilder, ChangeBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return await storage.Changes.CreateAsync(id => (configure ?? (builder => builder))(ChangeBuilder.AChange().WithId(id)).Build(), _ => [], Token);
    }

    /// <summary>Reads, applies <paramref name="change"/> and saves on the version read; asserts each step worked.</summary>
    public static async Task ChangeAsync(TestStorage storage, TicketId id, Func<Change, DomainResult> change)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(change);
        StoredChange stored = (await storage.Changes.GetAsync(id, Token))!;
        DomainResult result = change(stored.Change);
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(SaveOutcome.Saved, await storage.Changes.SaveAsync(stored.Change, stored.Version, [], Token));
    }

    /// <summary>Every row of the change partition: key, state and ETag.</summary>
    public static async Task<List<(string Key, string? State, string ETag)>> RowsAsync(TestStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        List<(string, string?, string)> rows = [];
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {"CHG"}");
        await foreach (TableEntity row in storage.TicketsTable.QueryAsync<TableEntity>(filter, cancellationToken: Token))
        {
            rows.Add((row.RowKey, row.GetString("State"), row.ETag.ToString()));
        }

        return rows;
    }

    /// <summary>The index row keys of the change partition, sorted.</summary>
    public static async Task<List<string>> IndexKeysAsync(TestStorage storage) =>
        [.. (await RowsAsync(storage)).Select(row => row.Key).Where(key => key.StartsWith("ix|", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
}
