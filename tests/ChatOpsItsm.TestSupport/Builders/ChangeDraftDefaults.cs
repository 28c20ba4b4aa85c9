using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.TestSupport.Builders;

/// <summary>The fixed values the change builders start from.</summary>
public static class ChangeDraftDefaults
{
    public static TicketId ChangeId { get; } = new(TicketType.Change, TicketId.FirstNumber);

    /// <summary>2026-01-05T10:00:00Z, an hour after <see cref="BuilderDefaults.Instant"/>.</summary>
    public static DateTimeOffset PlannedStart { get; } = BuilderDefaults.Instant + TimeSpan.FromHours(1);

    /// <summary>2026-01-05T12:00:00Z.</summary>
    public static DateTimeOffset PlannedEnd { get; } = BuilderDefaults.Instant + TimeSpan.FromHours(3);
}
