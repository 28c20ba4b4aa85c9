using Azure.Data.Tables;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Storage.AzureTables.Tickets;

/// <summary>
/// What one command writes about one ticket, whatever its type: the record (made once the write id is known), its new
/// audit events, and the index rows its state wants, each with its summary.
/// </summary>
/// <param name="Id">The ticket.</param>
/// <param name="IndexKeys">The index rows the ticket's state wants; stored on the record as <c>IndexKeys</c>.</param>
/// <param name="Record">The record row for a write id.</param>
/// <param name="IndexRow">The index row at a key, carrying the listing summary.</param>
/// <param name="Events">The pending audit events.</param>
internal sealed record TicketWrite(
    TicketId Id,
    IReadOnlyList<string> IndexKeys,
    Func<Guid, TableEntity> Record,
    Func<string, TableEntity> IndexRow,
    IReadOnlyList<AuditEvent> Events);
