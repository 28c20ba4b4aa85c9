using Azure.Data.Tables;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Releases;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Releases;

/// <summary>What the release store tests do again and again: create, change and save, read raw rows.</summary>
internal static class ReleaseStoreOperations
{
    public static readonly ActionContext Agent = ActionContextBuilder.AnActionContext().Build();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static Task<Release> CreateAsync(TestStorage storage, string title = "January mail release")
    {
        ArgumentNullException.ThrowIfNull(storage);
        DateTimeOffset start = BuilderDefaults.Instant.AddDays(1);
        return storage.Releases.CreateAsync(
            id => Release.Create(id, new ReleaseDraft(title, "email", start, start.AddHours(2)), Agent).Release!, _ => [], Token);
    }

    /// <summary>Reads, applies <paramref name="step"/> and saves on the version read; asserts each step worked.</summary>
    public static async Task ChangeAsync(TestStorage storage, TicketId id, Func<Release, DomainResult> step)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(step);
        StoredRelease stored = (await storage.Releases.GetAsync(id, Token))!;
        DomainResult result = step(stored.Release);
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(SaveOutcome.Saved, await storage.Releases.SaveAsync(stored.Release, stored.Version, [], Token));
    }

    /// <summary>Every row key of the release partition, sorted, with its ETag.</summary>
    public static async Task<List<(string Key, string ETag)>> RowsAsync(TestStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        List<(string, string)> rows = [];
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {"RLS"}");
        await foreach (TableEntity row in storage.TicketsTable.QueryAsync<TableEntity>(filter, cancellationToken: Token))
        {
            rows.Add((row.RowKey, row.ETag.ToString()));
        }

        return rows;
    }

    public static async Task<List<string>> IndexKeysAsync(TestStorage storage) =>
        [.. (await RowsAsync(storage)).Select(r => r.Key).Where(k => k.StartsWith("ix|", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
}
