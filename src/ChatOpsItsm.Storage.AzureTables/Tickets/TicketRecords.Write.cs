using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Delivery;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;

namespace ChatOpsItsm.Storage.AzureTables.Tickets;

internal sealed partial class TicketRecords
{
    /// <summary>An entity-group transaction holds at most 100 actions.</summary>
    private const int MaxTransactionActions = 100;

    /// <summary>
    /// Inserts a new ticket in one transaction: <c>Add</c> the record, each event and each index row, move the id
    /// high-water mark past it, <c>UpsertReplace</c> one outbox row per work item; then queues one flush of the outbox.
    /// </summary>
    /// <returns>False when the record's number is taken (409 on the record): nothing was written.</returns>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public async Task<bool> TryCreateAsync(TicketWrite write, IReadOnlyList<OutboundWork> outbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        Require(write.Id);
        OutboxWrite outbox = _outbox.Prepare(Partition, outbound);
        Guid writeId = Guid.NewGuid();
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.Add, write.Record(writeId)),
            .. EventActions(write),
            .. write.IndexKeys.Select(key => new TableTransactionAction(TableTransactionActionType.Add, write.IndexRow(key))),
            new(TableTransactionActionType.UpsertReplace, TicketIds.SequenceRow(Partition, write.Id.Number + 1)),
            .. outbox.Actions,
        ];
        int attempts = 0;
        try
        {
            await SubmitAsync(actions, () => attempts++, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // The record t|N exists. After a retry it may be our own first attempt, whose answer was lost.
            if (!(attempts > 1 && await IsOurWriteAsync(write.Id, writeId, cancellationToken)))
            {
                return false;
            }
        }

        await _outbox.AnnounceAsync(outbox, cancellationToken);
        return true;
    }

    /// <summary>
    /// One transaction: the record replaced on the ETag read, the new events added, the index rows the new state no
    /// longer wants deleted and the wanted ones upserted, one outbox row per work item; then one flush of the outbox.
    /// A changed record (412) writes nothing and is a <see cref="SaveOutcome.Conflict"/>; a retry refused because our
    /// earlier attempt landed is <see cref="SaveOutcome.Saved"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    /// <param name="write">The ticket as it is to be stored.</param>
    /// <param name="version">The version read, as <see cref="ReadRecordAsync"/> handed it out.</param>
    /// <param name="belongsTo">Whether a row key could be an index row of the ticket: the only rows the version may delete.</param>
    /// <param name="outbound">The work the change promises.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentException">The version names a row that is not an index row of this ticket.</exception>
    public async Task<SaveOutcome> SaveAsync(
        TicketWrite write, RecordVersion version, Func<string, TicketId, bool> belongsTo, IReadOnlyList<OutboundWork> outbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(outbound);
        Require(write.Id);
        TicketVersionToken read = TicketVersionToken.Parse(version, write.Id, belongsTo);
        OutboxWrite outbox = _outbox.Prepare(Partition, outbound);
        Guid writeId = Guid.NewGuid();
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.UpdateReplace, write.Record(writeId), read.ETag),
            .. EventActions(write),
            .. read.IndexKeys.Except(write.IndexKeys, StringComparer.Ordinal).Select(key =>
                new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(Partition, key), ETag.All)),
            .. write.IndexKeys.Select(key => new TableTransactionAction(TableTransactionActionType.UpsertReplace, write.IndexRow(key))),
            .. outbox.Actions,
        ];
        int attempts = 0;
        try
        {
            await SubmitAsync(actions, () => attempts++, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 409 or 412)
        {
            if (!(attempts > 1 && await IsOurWriteAsync(write.Id, writeId, cancellationToken)))
            {
                ReportConflict(write.Id, exception);
                return SaveOutcome.Conflict;
            }
        }

        await _outbox.AnnounceAsync(outbox, cancellationToken);
        return SaveOutcome.Saved;
    }

    private IEnumerable<TableTransactionAction> EventActions(TicketWrite write) =>
        write.Events.Select(auditEvent =>
            new TableTransactionAction(TableTransactionActionType.Add, AuditEventMapper.ToEntity(Partition, auditEvent)));

    private async Task SubmitAsync(List<TableTransactionAction> actions, Action onAttempt, CancellationToken cancellationToken)
    {
        if (actions.Count > MaxTransactionActions)
        {
            throw new InvalidOperationException(
                $"One command produced {actions.Count} writes (record, events, index and outbox rows); a transaction holds at most {MaxTransactionActions}.");
        }

        await _pipeline.ExecuteAsync(
            async token =>
            {
                onAttempt();
                return await _table.SubmitTransactionAsync(actions, token);
            },
            cancellationToken);
    }

    /// <summary>Whether the record now carries <paramref name="writeId"/>: an earlier attempt of this same write landed.</summary>
    private async Task<bool> IsOurWriteAsync(TicketId id, Guid writeId, CancellationToken cancellationToken)
    {
        TableEntity? record = await ReadRowAsync(TicketKeys.Record(id), [WriteIds.PropertyName], cancellationToken);
        if (!WriteIds.IsOurs(record, writeId))
        {
            return false;
        }

        _logger.RetriedWriteAlreadyApplied(id.ToString());
        return true;
    }

    private void ReportConflict(TicketId id, RequestFailedException exception)
    {
        // The record comes first: a refusal of any later action means the index is not what the record says.
        if (exception is TableTransactionFailedException { FailedTransactionActionIndex: > 0 and int action })
        {
            _logger.TicketIndexOutOfStep(id, action, exception.Status);
        }
        else
        {
            _logger.TicketSaveConflict(id, exception.Status);
        }
    }
}
