using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Delivery;
using ChatOpsItsm.Storage.AzureTables.Keys;

namespace ChatOpsItsm.Storage.AzureTables.Incidents;

internal sealed partial class TableIncidentStore
{
    /// <summary>How many taken numbers one create steps over before it gives up.</summary>
    private const int MaxCreateAttempts = 1000;

    /// <summary>After this many taken numbers in a row, look up where numbering really stands.</summary>
    private const int ConflictsBeforeJump = 3;

    /// <summary>Pages of record keys read when looking past a run of taken numbers.</summary>
    private const int MaxJumpPages = 10;

    private const string SequenceNext = "Next";

    /// <summary>
    /// Takes the hinted number, builds the incident and inserts it with its events, index rows, outbox rows and the
    /// new high-water mark in one transaction, then queues one flush of the outbox. A taken number fails the insert of
    /// the record (409); the next number is tried. Typically one transaction and one queue put; the first create of an
    /// instance also reads the high-water mark.
    /// </summary>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public async Task<Incident> CreateAsync(
        Func<TicketId, Incident> build, Func<Incident, IReadOnlyList<OutboundWork>> outbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(outbound);
        int conflictsInARow = 0;
        for (int attempt = 0; attempt < MaxCreateAttempts; attempt++)
        {
            TicketId id = new(TicketType.Incident, await TakeNumberAsync(cancellationToken));
            if (await TryCreateAsync(id, build, outbound, cancellationToken) is { } incident)
            {
                return incident;
            }

            _logger.IncidentNumberTaken(id.Number);
            conflictsInARow++;
            if (conflictsInARow % ConflictsBeforeJump == 0)
            {
                await JumpAheadAsync(id.Number, conflictsInARow, cancellationToken);
            }
        }

        throw new StorageUnavailableException(
            "No free incident number was found: too many incidents are being created at once. Try again.");
    }

    private async Task<long> TakeNumberAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await _hint.LoadOnceAsync(ReadSequenceAsync, cancellationToken);
            if (_hint.Take() is { } number)
            {
                return number;
            }
        }
    }

    /// <returns>The stored incident, or null when <paramref name="id"/> is taken.</returns>
    private async Task<Incident?> TryCreateAsync(
        TicketId id, Func<TicketId, Incident> build, Func<Incident, IReadOnlyList<OutboundWork>> outbound, CancellationToken cancellationToken)
    {
        try
        {
            Incident incident = build(id);
            if (incident.Id != id)
            {
                throw new InvalidOperationException($"Asked to build {id}, the callback built {incident.Id}.");
            }

            OutboxWrite outbox = _outbox.Prepare(Partition, outbound(incident));
            if (!await TryInsertAsync(incident, outbox, cancellationToken))
            {
                return null;
            }

            incident.MarkEventsStored();
            await _outbox.AnnounceAsync(outbox, cancellationToken);
            return incident;
        }
        catch
        {
            // The number was taken from the hint but not stored: let the next create offer it again.
            _hint.Forget();
            throw;
        }
    }

    /// <returns>False when the number is taken by another incident.</returns>
    private async Task<bool> TryInsertAsync(Incident incident, OutboxWrite outbox, CancellationToken cancellationToken)
    {
        IncidentSnapshot snapshot = incident.ToSnapshot();
        IReadOnlyList<string> indexKeys = IncidentIndexKeys.For(snapshot);
        Guid writeId = Guid.NewGuid();
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.Add, IncidentRecordMapper.ToEntity(Partition, snapshot, indexKeys, writeId)),
            .. incident.PendingEvents.Select(auditEvent =>
                new TableTransactionAction(TableTransactionActionType.Add, AuditEventMapper.ToEntity(Partition, auditEvent))),
            .. indexKeys.Select(key =>
                new TableTransactionAction(TableTransactionActionType.Add, IncidentIndexMapper.ToEntity(Partition, key, snapshot))),
            new(TableTransactionActionType.UpsertReplace, SequenceEntity(snapshot.Id.Number + 1)),
            .. outbox.Actions,
        ];
        int attempts = 0;
        try
        {
            await SubmitAsync(actions, () => attempts++, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // The record t|N exists. After a retry it may be our own first attempt, whose answer was lost.
            return attempts > 1 && await IsOurWriteAsync(snapshot.Id, writeId, cancellationToken);
        }
    }

    private static TableEntity SequenceEntity(long next) => new(Partition, TicketKeys.SequenceRowKey) { [SequenceNext] = next };

    /// <summary>The stored high-water mark, or the first number when none is stored yet.</summary>
    private async Task<long> ReadSequenceAsync(CancellationToken cancellationToken)
    {
        TableEntity? sequence = await ReadRowAsync(TicketKeys.SequenceRowKey, [SequenceNext], cancellationToken);
        return Math.Max(sequence?.GetInt64(SequenceNext) ?? TicketId.FirstNumber, TicketId.FirstNumber);
    }

    /// <summary>
    /// Moves the hint past a run of taken numbers: to the stored high-water mark if that is ahead, else past the
    /// highest record above <paramref name="taken"/>. The mark can lag, since a create that commits late writes a
    /// lower mark than one that committed before it.
    /// </summary>
    private async Task JumpAheadAsync(long taken, int conflicts, CancellationToken cancellationToken)
    {
        long next = await ReadSequenceAsync(cancellationToken);
        if (next <= taken + 1)
        {
            next = await HighestRecordNumberAsync(taken, cancellationToken) + 1;
        }

        _hint.MoveTo(next);
        _logger.IncidentNumberJumped(next, conflicts);
    }

    /// <summary>The highest record number above <paramref name="from"/>, from a key-only range query over records.</summary>
    private async Task<long> HighestRecordNumberAsync(long from, CancellationToken cancellationToken)
    {
        string lower = TicketKeys.Record(new TicketId(TicketType.Incident, from));
        KeyRange records = KeyRange.Prefix(TicketKeys.RecordPrefix);
        string filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition} and RowKey gt {lower} and RowKey lt {records.To}");
        return await _pipeline.ExecuteAsync(
            async token =>
            {
                long highest = from;
                int pages = 0;
                await foreach (Page<TableEntity> page in _table.QueryAsync<TableEntity>(filter, HistoryPageSize, ["RowKey"], token).AsPages())
                {
                    foreach (TableEntity row in page.Values)
                    {
                        highest = TicketKeys.TryParseRecordNumber(row.RowKey, out long number) ? Math.Max(highest, number) : highest;
                    }

                    if (++pages == MaxJumpPages)
                    {
                        break;
                    }
                }

                return highest;
            },
            cancellationToken);
    }
}
