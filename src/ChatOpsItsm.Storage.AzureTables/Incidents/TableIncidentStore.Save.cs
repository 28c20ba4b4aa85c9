using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Delivery;
using ChatOpsItsm.Storage.AzureTables.Keys;

namespace ChatOpsItsm.Storage.AzureTables.Incidents;

internal sealed partial class TableIncidentStore
{
    /// <summary>
    /// One transaction: the record replaced on the ETag read, the new audit events added, the index rows the new
    /// state no longer wants deleted and the wanted ones upserted, one outbox row per work item; then one flush of the
    /// outbox on the queue. A changed record (412) writes nothing and is a <see cref="SaveOutcome.Conflict"/>; a retry
    /// refused because our earlier attempt landed is <see cref="SaveOutcome.Saved"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public async Task<SaveOutcome> SaveAsync(
        Incident incident, RecordVersion version, IReadOnlyList<OutboundWork> outbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(outbound);
        IncidentSnapshot snapshot = incident.ToSnapshot();
        RequireIncident(snapshot.Id);
        IncidentVersionToken read = IncidentVersionToken.Parse(version, snapshot.Id);
        IReadOnlyList<string> wanted = IncidentIndexKeys.For(snapshot);
        Guid writeId = Guid.NewGuid();
        OutboxWrite outbox = _outbox.Prepare(Partition, outbound);
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.UpdateReplace, IncidentRecordMapper.ToEntity(Partition, snapshot, wanted, writeId), read.ETag),
            .. incident.PendingEvents.Select(auditEvent =>
                new TableTransactionAction(TableTransactionActionType.Add, AuditEventMapper.ToEntity(Partition, auditEvent))),
            .. read.IndexKeys.Except(wanted, StringComparer.Ordinal).Select(key =>
                new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(Partition, key), ETag.All)),
            .. wanted.Select(key =>
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, IncidentIndexMapper.ToEntity(Partition, key, snapshot))),
            .. outbox.Actions,
        ];
        int attempts = 0;
        try
        {
            await SubmitAsync(actions, () => attempts++, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 409 or 412)
        {
            if (!(attempts > 1 && await IsOurWriteAsync(snapshot.Id, writeId, cancellationToken)))
            {
                ReportConflict(snapshot, exception);
                return SaveOutcome.Conflict;
            }
        }

        incident.MarkEventsStored();
        await _outbox.AnnounceAsync(outbox, cancellationToken);
        return SaveOutcome.Saved;
    }

    private void ReportConflict(IncidentSnapshot snapshot, RequestFailedException exception)
    {
        // The record comes first: a refusal of any later action means the index is not what the record says.
        if (exception is TableTransactionFailedException { FailedTransactionActionIndex: > 0 and int action })
        {
            _logger.IncidentIndexOutOfStep(snapshot.Id, action, exception.Status);
        }
        else
        {
            _logger.IncidentSaveConflict(snapshot.Id, exception.Status);
        }
    }
}
