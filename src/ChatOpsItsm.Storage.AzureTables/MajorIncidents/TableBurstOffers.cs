using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Conversations;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using Microsoft.Extensions.Logging;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.MajorIncidents;

/// <summary>
/// <see cref="IBurstOffers"/> on the tickets table (docs/storage.md §19): one row per service in the incident partition,
/// <c>burst|SERVICE</c>, holding the last claim's instant. The service decides between instances: a first claim is an
/// insert (409 when another got there first), a later one replaces the row read on its ETag (412 when another did).
/// </summary>
internal sealed class TableBurstOffers : IBurstOffers
{
    private const string Service = "Service";
    private const string ClaimedAt = "ClaimedAt";
    private static readonly string[] Select = [ClaimedAt, WriteIds.PropertyName];

    private readonly TableClient _table;
    private readonly StorageResiliencePipeline _pipeline;
    private readonly ILogger _logger;

    public TableBurstOffers(StorageTables tables, StorageResiliencePipeline pipeline, ILogger<TableBurstOffers> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.Tickets;
        _pipeline = pipeline;
        _logger = logger;
    }

    /// <summary>
    /// One point read; then, when there is no claim yet or the last is at least <paramref name="window"/> old, one
    /// conditional write. A refused write means another caller claimed first: false. A claim "from the future" (clock
    /// skew between instances) counts as within the window.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="service"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is not positive.</exception>
    public async Task<bool> TryClaimAsync(string service, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        string rowKey = MajorIncidentKeys.BurstOffer(service);
        TableEntity? last = await ReadAsync(rowKey, cancellationToken);
        if (last is not null && now - RequiredTime(last, ClaimedAt) < window)
        {
            return false;
        }

        Guid writeId = Guid.NewGuid();
        TableEntity claim = new(MajorIncidentKeys.Partition, rowKey)
        {
            [Service] = service.Trim(),
            [ClaimedAt] = Utc(now),
            [WriteIds.PropertyName] = writeId,
        };
        return await WriteAsync(claim, last?.ETag, writeId, cancellationToken);
    }

    /// <summary>Inserts the claim (no <paramref name="expected"/>) or replaces the row on its ETag; false when refused.</summary>
    private async Task<bool> WriteAsync(TableEntity claim, ETag? expected, Guid writeId, CancellationToken cancellationToken)
    {
        int attempts = 0;
        try
        {
            await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return expected is { } etag
                        ? await _table.UpdateEntityAsync(claim, etag, TableUpdateMode.Replace, token)
                        : await _table.AddEntityAsync(claim, token);
                },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 409 or 412)
        {
            // Refused: someone else claimed first, unless that someone was our own earlier attempt whose answer was lost.
            if (attempts > 1 && WriteIds.IsOurs(await ReadAsync(claim.RowKey, cancellationToken), writeId))
            {
                _logger.RetriedWriteAlreadyApplied("burst offer");
                return true;
            }

            return false;
        }
    }

    private Task<TableEntity?> ReadAsync(string rowKey, CancellationToken cancellationToken) =>
        TableReads.ReadRowAsync(_pipeline, _table, MajorIncidentKeys.Partition, rowKey, Select, cancellationToken);
}
