using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary><c>GET /api/tickets/{id}</c> for a release: every field, its changes and the audit trail.</summary>
internal sealed class JsonReleaseDetails
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Always <c>release</c>.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary>Null when not given.</summary>
    [JsonPropertyName("service")]
    public string? Service { get; init; }

    /// <summary>Null when not given.</summary>
    [JsonPropertyName("window")]
    public JsonWindow? Window { get; init; }

    [JsonPropertyName("state")]
    public required string State { get; init; }

    /// <summary>The changes in it, in the order added.</summary>
    [JsonPropertyName("changes")]
    public required IReadOnlyList<JsonReleaseChange> Changes { get; init; }

    [JsonPropertyName("owner")]
    public required JsonTicketPerson Owner { get; init; }

    /// <summary>Where it was planned: <c>local:general</c>.</summary>
    [JsonPropertyName("channel")]
    public required string Channel { get; init; }

    [JsonPropertyName("createdAt")]
    public required DateTimeOffset CreatedAt { get; init; }

    [JsonPropertyName("updatedAt")]
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When it entered Deploying.</summary>
    [JsonPropertyName("deployedAt")]
    public DateTimeOffset? DeployedAt { get; init; }

    /// <summary>When it was Closed or Canceled.</summary>
    [JsonPropertyName("closedAt")]
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Every audit event, oldest first.</summary>
    [JsonPropertyName("audit")]
    public required IReadOnlyList<JsonAuditEvent> Audit { get; init; }
}
