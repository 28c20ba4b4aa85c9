using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary><c>GET /api/tickets/{id}</c>: every field of an incident (and of its major incident, if declared), its SLA standing and its audit trail.</summary>
internal sealed class JsonIncidentDetails
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("title")]
    public required string Title { get; init; }

    [JsonPropertyName("description")]
    public required string Description { get; init; }

    [JsonPropertyName("service")]
    public required string Service { get; init; }

    [JsonPropertyName("impact")]
    public required string Impact { get; init; }

    [JsonPropertyName("urgency")]
    public required string Urgency { get; init; }

    [JsonPropertyName("priority")]
    public required string Priority { get; init; }

    /// <summary>The state as people read it: <c>In Progress</c>.</summary>
    [JsonPropertyName("state")]
    public required string State { get; init; }

    [JsonPropertyName("holdReason")]
    public string? HoldReason { get; init; }

    [JsonPropertyName("requester")]
    public required JsonTicketPerson Requester { get; init; }

    [JsonPropertyName("assignee")]
    public JsonTicketPerson? Assignee { get; init; }

    /// <summary>Where it was reported: <c>local:general</c>.</summary>
    [JsonPropertyName("channel")]
    public required string Channel { get; init; }

    [JsonPropertyName("createdAt")]
    public required DateTimeOffset CreatedAt { get; init; }

    [JsonPropertyName("updatedAt")]
    public required DateTimeOffset UpdatedAt { get; init; }

    [JsonPropertyName("respondedAt")]
    public DateTimeOffset? RespondedAt { get; init; }

    [JsonPropertyName("resolvedAt")]
    public DateTimeOffset? ResolvedAt { get; init; }

    [JsonPropertyName("closedAt")]
    public DateTimeOffset? ClosedAt { get; init; }

    [JsonPropertyName("resolution")]
    public string? Resolution { get; init; }

    [JsonPropertyName("reopenCount")]
    public required int ReopenCount { get; init; }

    /// <summary>The major incident this one is part of (<c>INC-1001</c>), or null.</summary>
    [JsonPropertyName("partOf")]
    public string? PartOf { get; init; }

    [JsonPropertyName("sla")]
    public required JsonSla Sla { get; init; }

    /// <summary>Null unless it was declared a major incident.</summary>
    [JsonPropertyName("major")]
    public JsonMajorIncident? Major { get; init; }

    /// <summary>Every audit event, oldest first.</summary>
    [JsonPropertyName("audit")]
    public required IReadOnlyList<JsonAuditEvent> Audit { get; init; }
}
