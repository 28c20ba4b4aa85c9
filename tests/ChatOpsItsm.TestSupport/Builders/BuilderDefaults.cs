using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.TestSupport.Builders;

/// <summary>The fixed values every builder starts from, so a test states only what it is about.</summary>
public static class BuilderDefaults
{
    /// <summary>2026-01-05T09:00:00Z, a Monday morning.</summary>
    public static DateTimeOffset Instant { get; } = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static TicketId IncidentId { get; } = new(TicketType.Incident, TicketId.FirstNumber);

    /// <summary><c>local:alice</c>, who reports incidents.</summary>
    public static UserIdentity Requester { get; } = new("local", "alice");

    public static string RequesterName => "Alice";

    /// <summary><c>local:bob</c>, the agent who works them.</summary>
    public static UserIdentity Agent { get; } = new("local", "bob");

    public static string AgentName => "Bob";

    public static string Channel => "local:general";
}
