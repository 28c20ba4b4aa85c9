using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Delivery.Json;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using Microsoft.Extensions.Logging;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Delivery;

/// <summary>
/// <see cref="IFailedDeliveries"/> on the deliveries table, partition <c>failed</c>, one row per work id with the
/// payload to replay. Listing is one range query of that partition.
/// </summary>
internal sealed class TableFailedDeliveries : IFailedDeliveries
{
    /// <summary>The kind of a row holding a queue message that could not be read as work at all.</summary>
    public const string UnreadableKind = "unreadable";

    private const string WorkId = "WorkId";
    private const string Kind = "Kind";
    private const string Target = "Target";
    private const string Payload = "Payload";
    private const string Attempts = "Attempts";
    private const string Reason = "Reason";
    private const string FailedAt = "FailedAt";
    private const int MaxReasonLength = 2000;
    private const int MaxPageSize = 1000;

    private static readonly string[] Listed = [WorkId, Kind, Target, Attempts, Reason, FailedAt];

    private readonly TableClient _table;
    private readonly WorkQueue _queue;
    private readonly StorageResiliencePipeline _pipeline;
    private readonly ILogger _logger;

    public TableFailedDeliveries(StorageTables tables, WorkQueue queue, StorageResiliencePipeline pipeline, ILogger<TableFailedDeliveries> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.Deliveries;
        _queue = queue;
        _pipeline = pipeline;
        _logger = logger;
    }

    /// <summary>Oldest work id first (row key order), at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<FailedDelivery>> ListAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {DeliveryKeys.FailedPartition}");
        return await _pipeline.ExecuteAsync(
            async token =>
            {
                List<FailedDelivery> failed = [];
                await foreach (TableEntity row in _table.QueryAsync<TableEntity>(filter, Math.Min(max, MaxPageSize), Listed, token))
                {
                    failed.Add(new FailedDelivery(
                        RequiredString(row, WorkId),
                        RequiredString(row, Kind),
                        RequiredString(row, Target),
                        RequiredTime(row, FailedAt),
                        RequiredInt32(row, Attempts),
                        RequiredString(row, Reason)));
                    if (failed.Count == max)
                    {
                        break;
                    }
                }

                return failed;
            },
            cancellationToken);
    }

    /// <summary>Queues the stored payload again, due now, then deletes the failed row.</summary>
    public async Task<bool> ReplayAsync(string workId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(workId);
        NullableResponse<TableEntity> response = await _pipeline.ExecuteAsync(
            async token => await _table.GetEntityIfExistsAsync<TableEntity>(DeliveryKeys.FailedPartition, DeliveryKeys.Row(workId), null, token),
            cancellationToken);
        if (!response.HasValue)
        {
            return false;
        }

        TableEntity row = response.Value!;
        string payload = RequiredString(row, Payload);
        if (RequiredString(row, Kind) == UnreadableKind)
        {
            await _queue.SendRawAsync(payload, cancellationToken);
        }
        else
        {
            WorkJson work = JsonSerializer.Deserialize(payload, DeliveryJsonContext.Default.WorkJson)
                ?? throw new InvalidDataException($"Row '{row.RowKey}' has no valid '{Payload}' property.");
            await _queue.SendAsync(work with { NotBefore = _queue.Now }, cancellationToken);
        }

        try
        {
            await _pipeline.ExecuteAsync(
                async token => await _table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, token), cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            // Replayed by someone else at the same time, or failed again since: the newer row stays.
        }

        _logger.FailedWorkReplayed(workId);
        return true;
    }

    /// <summary>Moves a work item aside with why it failed; replaces an earlier failure of the same id.</summary>
    public async Task RecordAsync(WorkJson work, long attempts, Exception reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        string target = TryTarget(work);
        await RecordAsync(work.Id, work.Kind, target, WorkQueue.Payload(work), attempts, reason, cancellationToken);
    }

    /// <summary>Moves aside a queue message that is not work this version can read, keeping its text for a replay.</summary>
    public Task RecordUnreadableAsync(string messageId, string text, long attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);

        // A message may be longer than a table property holds; an unreadable one loses nothing worth replaying.
        string kept = text.Length <= WorkQueue.MaxItemLength ? text : text[..WorkQueue.MaxItemLength];
        return RecordAsync(
            $"message:{messageId}", UnreadableKind, "", kept, attempts, new InvalidDataException("The queue message is not readable work."), cancellationToken);
    }

    private async Task RecordAsync(
        string workId, string kind, string target, string payload, long attempts, Exception reason, CancellationToken cancellationToken)
    {
        string because = $"{reason.GetType().Name}: {reason.Message}";
        TableEntity row = new(DeliveryKeys.FailedPartition, DeliveryKeys.Row(workId))
        {
            [WorkId] = workId,
            [Kind] = kind,
            [Target] = target,
            [Payload] = payload,
            [Attempts] = (int)Math.Min(attempts, int.MaxValue),
            [Reason] = because.Length <= MaxReasonLength ? because : because[..MaxReasonLength],
            [FailedAt] = _queue.Now,
        };
        await _pipeline.ExecuteAsync(async token => await _table.UpsertEntityAsync(row, TableUpdateMode.Replace, token), cancellationToken);
    }

    private static string TryTarget(WorkJson work)
    {
        try
        {
            return WorkMapper.TargetOf(WorkMapper.FromJson(work));
        }
        catch (InvalidDataException)
        {
            return "";
        }
    }
}
