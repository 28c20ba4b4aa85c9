using Azure.Data.Tables;
using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Problems;

/// <summary>What the problem store tests do again and again: create from the builder, change and save, read raw rows.</summary>
internal static class ProblemStoreOperations
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<Problem> CreateAsync(TestStorage storage, Func<ProblemBuilder, ProblemBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return await storage.Problems.CreateAsync(id => (configure ?? (builder => builder))(ProblemBuilder.AProblem().WithId(id)).Build(), _ => [], Token);
    }

    /// <summary>Reads, applies <paramref name="change"/> and saves on the version read; asserts each step worked.</summary>
    public static async Task ChangeAsync(TestStorage storage, TicketId id, Func<Problem, DomainResult> change)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(change);
        StoredProblem stored = (await storage.Problems.GetAsync(id, Token))!;
        DomainResult result = change(stored.Problem);
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(SaveOutcome.Saved, await storage.Problems.SaveAsync(stored.Problem, stored.Version, [], Token));
    }

    /// <summary>The index row keys of the problem partition, sorted.</summary>
    public static async Task<List<string>> IndexKeysAsync(TestStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        List<string> keys = [];
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {"PRB"} and RowKey ge {"ix|"} and RowKey lt {"ix}"}");
        await foreach (TableEntity row in storage.TicketsTable.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: Token))
        {
            keys.Add(row.RowKey);
        }

        return [.. keys.Order(StringComparer.Ordinal)];
    }

    public static Task<ProblemPage> ListAsync(TestStorage storage, ProblemQuery query)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return storage.Problems.ListAsync(query, Token);
    }
}
