using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Engine.Dialogs;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables.Dialogs;

/// <summary>
/// <see cref="IDialogStore"/> on the dialogs table: one row per person and conversation, every write conditional.
/// An expired row counts as absent: reads ignore it and a new dialog replaces it, on its ETag.
/// </summary>
internal sealed class TableDialogStore : IDialogStore
{
    private readonly TableClient _table;
    private readonly StorageResiliencePipeline _pipeline;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public TableDialogStore(
        StorageTables tables, StorageResiliencePipeline pipeline, TimeProvider timeProvider, ILogger<TableDialogStore> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.Dialogs;
        _pipeline = pipeline;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task<StoredDialog?> GetAsync(DialogKey key, CancellationToken cancellationToken)
    {
        TableEntity? row = await ReadAsync(DialogEntityMapper.PartitionKey(key), DialogEntityMapper.RowKey(key), cancellationToken);
        if (row is null || IsExpired(row))
        {
            return null;
        }

        return new StoredDialog(DialogEntityMapper.ToState(key, row), new RecordVersion(row.ETag.ToString()));
    }

    public async Task<SaveOutcome> SaveAsync(DialogState state, RecordVersion? expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        Guid writeId = Guid.NewGuid();
        TableEntity entity = DialogEntityMapper.ToEntity(state, writeId);
        if (expected is not null)
        {
            return await ReplaceAsync(entity, new ETag(expected.Token), writeId, cancellationToken);
        }

        int attempts = 0;
        try
        {
            await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await _table.AddEntityAsync(entity, token);
                },
                cancellationToken);
            return SaveOutcome.Saved;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return await ReplaceExpiredAsync(entity, writeId, attempts, cancellationToken);
        }
    }

    public async Task<SaveOutcome> DeleteAsync(DialogKey key, RecordVersion expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expected);
        string partitionKey = DialogEntityMapper.PartitionKey(key);
        string rowKey = DialogEntityMapper.RowKey(key);
        int attempts = 0;
        try
        {
            await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await _table.DeleteEntityAsync(partitionKey, rowKey, new ETag(expected.Token), token);
                },
                cancellationToken);
            return SaveOutcome.Saved;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            // Gone on a retry: our earlier attempt deleted it, or someone did; either way it has ended.
            return exception.Status == 404 && attempts > 1 ? SaveOutcome.Saved : Conflict(exception);
        }
    }

    /// <summary>A row exists: a live one wins (conflict); an expired one is replaced on the ETag it was read with.</summary>
    private async Task<SaveOutcome> ReplaceExpiredAsync(TableEntity entity, Guid writeId, int attempts, CancellationToken cancellationToken)
    {
        TableEntity? existing = await ReadAsync(entity.PartitionKey, entity.RowKey, cancellationToken);
        if (attempts > 1 && WriteIds.IsOurs(existing, writeId))
        {
            _logger.RetriedWriteAlreadyApplied("dialog");
            return SaveOutcome.Saved;
        }

        if (existing is null || !IsExpired(existing))
        {
            _logger.DialogConflict(409);
            return SaveOutcome.Conflict;
        }

        return await ReplaceAsync(entity, existing.ETag, writeId, cancellationToken);
    }

    private async Task<SaveOutcome> ReplaceAsync(TableEntity entity, ETag expected, Guid writeId, CancellationToken cancellationToken)
    {
        int attempts = 0;
        try
        {
            await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await _table.UpdateEntityAsync(entity, expected, TableUpdateMode.Replace, token);
                },
                cancellationToken);
            return SaveOutcome.Saved;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            if (attempts > 1 && WriteIds.IsOurs(await ReadAsync(entity.PartitionKey, entity.RowKey, cancellationToken), writeId))
            {
                _logger.RetriedWriteAlreadyApplied("dialog");
                return SaveOutcome.Saved;
            }

            return Conflict(exception);
        }
    }

    private SaveOutcome Conflict(RequestFailedException exception)
    {
        _logger.DialogConflict(exception.Status);
        return SaveOutcome.Conflict;
    }

    private bool IsExpired(TableEntity row) => DialogEntityMapper.ExpiryOf(row) <= _timeProvider.GetUtcNow();

    private async Task<TableEntity?> ReadAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> response = await _pipeline.ExecuteAsync(
            async token => await _table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: token),
            cancellationToken);
        return response.HasValue ? response.Value : null;
    }
}
