using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Storage.AzureTables.Keys;

/// <summary>
/// Outbox rows (docs/storage.md): one per promised work item, at <c>o|&lt;escaped work id&gt;</c> in the partition of
/// the ticket whose command promised it, so they commit in the same transaction as the ticket.
/// </summary>
internal static class OutboxKeys
{
    public const string Prefix = "o|";

    /// <summary>The partitions the sweeper reads: every ticket type that writes an outbox (incidents and changes).</summary>
    public static IReadOnlyList<string> Partitions { get; } = [TicketKeys.Partition(TicketType.Incident), TicketKeys.Partition(TicketType.Change),
        TicketKeys.Partition(TicketType.Release), TicketKeys.Partition(TicketType.Problem), TicketKeys.Partition(TicketType.Request)];

    /// <summary>Every outbox row of a partition: <c>RowKey ge 'o|' and RowKey lt 'o}'</c>.</summary>
    public static KeyRange All { get; } = KeyRange.Prefix(Prefix);

    public static string Row(string workId) => Prefix + KeyEscaper.KeyPart(workId);
}
