using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Storage.AzureTables.Tickets;

internal abstract partial class TicketStore<TTicket>
{
    /// <summary>The ticket's id.</summary>
    protected abstract TicketId IdOf(TTicket ticket);

    /// <summary>The rows one command writes about the ticket: record, pending events, index rows.</summary>
    protected abstract TicketWrite WriteOf(TTicket ticket);

    /// <summary>Clears the ticket's pending events once they are committed.</summary>
    protected abstract void MarkEventsStored(TTicket ticket);

    /// <summary>Whether a row key is one of the index rows of the ticket, to check a version before it is saved on.</summary>
    protected abstract bool BelongsTo(string rowKey, TicketId id);

    /// <summary>
    /// Takes the hinted number, builds the ticket and inserts it with its events, index rows, outbox rows and the new
    /// high-water mark in one transaction, then queues one flush; a taken number (409 on the record) tries the next.
    /// </summary>
    /// <exception cref="InvalidOperationException">The callback built another id, the transaction would exceed 100 actions, or a work item is too large.</exception>
    protected Task<TTicket> CreateTicketAsync(
        Func<TicketId, TTicket> build, Func<TTicket, IReadOnlyList<OutboundWork>> outbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(outbound);
        return _ids.CreateAsync<TTicket>(
            async (id, token) =>
            {
                TTicket ticket = build(id);
                if (IdOf(ticket) != id)
                {
                    throw new InvalidOperationException($"Asked to build {id}, the callback built {IdOf(ticket)}.");
                }

                if (!await _records.TryCreateAsync(WriteOf(ticket), outbound(ticket), token))
                {
                    return null;
                }

                MarkEventsStored(ticket);
                return ticket;
            },
            cancellationToken);
    }

    /// <summary>
    /// One transaction (see <see cref="TicketRecords.SaveAsync"/>): the record on the ETag read, the new events, the
    /// index rows moved, the outbox rows; then one flush. A changed record writes nothing and is a
    /// <see cref="SaveOutcome.Conflict"/>: read again and re-apply.
    /// </summary>
    /// <exception cref="ArgumentException">The version names a row that is not an index row of this ticket.</exception>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    protected async Task<SaveOutcome> SaveTicketAsync(
        TTicket ticket, string ticketName, RecordVersion version, IReadOnlyList<OutboundWork> outbound, CancellationToken cancellationToken)
    {
        // Reported under the port's own parameter name (change, problem, ...), as before the stores shared this code.
        ArgumentNullException.ThrowIfNull(ticket, ticketName);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(outbound);
        SaveOutcome outcome = await _records.SaveAsync(WriteOf(ticket), version, BelongsTo, outbound, cancellationToken);
        if (outcome == SaveOutcome.Saved)
        {
            MarkEventsStored(ticket);
        }

        return outcome;
    }
}
