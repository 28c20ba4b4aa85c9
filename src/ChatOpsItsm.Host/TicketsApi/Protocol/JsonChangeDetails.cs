using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary><c>GET /api/tickets/{id}</c> for a change: every field, the vote with its tally and every vote, and the audit trail.</summary>
internal sealed class JsonChangeDetails
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Always <c>change</c>; the kind of change is <see cref="ChangeType"/>.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("title")]
    public required string Title { get; init; }

    [JsonPropertyName("description")]
    public required string Description { get; init; }

    /// <summary><c>standard</c>, <c>normal</c> or <c>emergency</c>.</summary>
    [JsonPropertyName("changeType")]
    public required string ChangeType { get; init; }

    [JsonPropertyName("risk")]
    public required string Risk { get; init; }

    [JsonPropertyName("impact")]
    public required string Impact { get; init; }

    [JsonPropertyName("service")]
    public required string Service { get; init; }

    [JsonPropertyName("plannedWindow")]
    public required JsonWindow PlannedWindow { get; init; }

    [JsonPropertyName("implementationPlan")]
    public required string ImplementationPlan { get; init; }

    [JsonPropertyName("rollbackPlan")]
    public required string RollbackPlan { get; init; }

    /// <summary>The pre-approved template of a standard change; null otherwise.</summary>
    [JsonPropertyName("template")]
    public string? Template { get; init; }

    [JsonPropertyName("state")]
    public required string State { get; init; }

    [JsonPropertyName("requester")]
    public required JsonTicketPerson Requester { get; init; }

    /// <summary>The implementer.</summary>
    [JsonPropertyName("assignee")]
    public JsonTicketPerson? Assignee { get; init; }

    /// <summary>Where it was drafted: <c>local:general</c>.</summary>
    [JsonPropertyName("channel")]
    public required string Channel { get; init; }

    [JsonPropertyName("createdAt")]
    public required DateTimeOffset CreatedAt { get; init; }

    [JsonPropertyName("updatedAt")]
    public required DateTimeOffset UpdatedAt { get; init; }

    [JsonPropertyName("submittedAt")]
    public DateTimeOffset? SubmittedAt { get; init; }

    [JsonPropertyName("startedAt")]
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When implementation completed or failed.</summary>
    [JsonPropertyName("endedAt")]
    public DateTimeOffset? EndedAt { get; init; }

    [JsonPropertyName("failureReason")]
    public string? FailureReason { get; init; }

    /// <summary>When it was Closed, Rejected or Canceled.</summary>
    [JsonPropertyName("closedAt")]
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The incidents linked to it as possibly caused by it, in the order linked.</summary>
    [JsonPropertyName("linkedIncidents")]
    public required IReadOnlyList<string> LinkedIncidents { get; init; }

    /// <summary>Null before submission and for a standard change.</summary>
    [JsonPropertyName("voting")]
    public JsonVoting? Voting { get; init; }

    /// <summary>Every audit event, oldest first.</summary>
    [JsonPropertyName("audit")]
    public required IReadOnlyList<JsonAuditEvent> Audit { get; init; }
}
