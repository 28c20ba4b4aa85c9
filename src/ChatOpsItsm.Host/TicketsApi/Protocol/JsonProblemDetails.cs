using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary><c>GET /api/tickets/{id}</c> for a problem: every field, the linked incidents and the audit trail.</summary>
internal sealed class JsonProblemDetails
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Always <c>problem</c>.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("title")]
    public required string Title { get; init; }

    [JsonPropertyName("service")]
    public required string Service { get; init; }

    /// <summary>The state as people read it: <c>Known Error</c>.</summary>
    [JsonPropertyName("state")]
    public required string State { get; init; }

    /// <summary>The linked incidents (<c>INC-1001</c>), in the order linked.</summary>
    [JsonPropertyName("incidents")]
    public required IReadOnlyList<string> Incidents { get; init; }

    [JsonPropertyName("rootCause")]
    public string? RootCause { get; init; }

    [JsonPropertyName("workaround")]
    public string? Workaround { get; init; }

    [JsonPropertyName("resolution")]
    public string? Resolution { get; init; }

    /// <summary>Who raised it.</summary>
    [JsonPropertyName("requester")]
    public required JsonTicketPerson Requester { get; init; }

    /// <summary>Where it was raised: <c>local:general</c>.</summary>
    [JsonPropertyName("channel")]
    public required string Channel { get; init; }

    [JsonPropertyName("createdAt")]
    public required DateTimeOffset CreatedAt { get; init; }

    [JsonPropertyName("updatedAt")]
    public required DateTimeOffset UpdatedAt { get; init; }

    [JsonPropertyName("knownErrorAt")]
    public DateTimeOffset? KnownErrorAt { get; init; }

    [JsonPropertyName("resolvedAt")]
    public DateTimeOffset? ResolvedAt { get; init; }

    [JsonPropertyName("closedAt")]
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Every audit event, oldest first.</summary>
    [JsonPropertyName("audit")]
    public required IReadOnlyList<JsonAuditEvent> Audit { get; init; }
}
