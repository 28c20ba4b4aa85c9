using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary>One incident of a listing, as its index entry holds it.</summary>
internal sealed class JsonIncidentSummary
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("title")]
    public required string Title { get; init; }

    [JsonPropertyName("service")]
    public required string Service { get; init; }

    [JsonPropertyName("priority")]
    public required string Priority { get; init; }

    [JsonPropertyName("state")]
    public required string State { get; init; }

    [JsonPropertyName("requester")]
    public required JsonTicketPerson Requester { get; init; }

    [JsonPropertyName("assignee")]
    public JsonTicketPerson? Assignee { get; init; }

    [JsonPropertyName("updatedAt")]
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Whether it was declared a major incident.</summary>
    [JsonPropertyName("major")]
    public required bool Major { get; init; }

    /// <summary>The major incident it is part of (<c>INC-1001</c>), or null.</summary>
    [JsonPropertyName("partOf")]
    public string? PartOf { get; init; }
}
