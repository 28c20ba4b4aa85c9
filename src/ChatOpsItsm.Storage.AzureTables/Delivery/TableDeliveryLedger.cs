using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;

namespace ChatOpsItsm.Storage.AzureTables.Delivery;

/// <summary>
/// <see cref="IDeliveryLedger"/> on the deliveries table: one row per work item carried out, in partition
/// <c>done-xx</c> (a hash bucket of the work id), so a check is one point read and a mark one upsert.
/// </summary>
internal sealed class TableDeliveryLedger : IDeliveryLedger
{
    private const string DoneAt = "DoneAt";

    private readonly TableClient _table;
    private readonly StorageResiliencePipeline _pipeline;

    public TableDeliveryLedger(StorageTables tables, StorageResiliencePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.Deliveries;
        _pipeline = pipeline;
    }

    public async Task<bool> IsDoneAsync(string workId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(workId);
        NullableResponse<TableEntity> response = await _pipeline.ExecuteAsync(
            async token => await _table.GetEntityIfExistsAsync<TableEntity>(
                DeliveryKeys.DonePartition(workId), DeliveryKeys.Row(workId), [DoneAt], token),
            cancellationToken);
        return response.HasValue;
    }

    public async Task MarkDoneAsync(string workId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(workId);
        TableEntity row = new(DeliveryKeys.DonePartition(workId), DeliveryKeys.Row(workId)) { [DoneAt] = at.ToUniversalTime() };
        await _pipeline.ExecuteAsync(async token => await _table.UpsertEntityAsync(row, TableUpdateMode.Replace, token), cancellationToken);
    }
}
