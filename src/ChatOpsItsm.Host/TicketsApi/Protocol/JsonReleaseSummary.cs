using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary>One release of a listing, as its index entry holds it.</summary>
internal sealed class JsonReleaseSummary
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("title")]
    public required string Title { get; init; }

    [JsonPropertyName("service")]
    public string? Service { get; init; }

    [JsonPropertyName("state")]
    public required string State { get; init; }

    [JsonPropertyName("window")]
    public JsonWindow? Window { get; init; }

    [JsonPropertyName("changeCount")]
    public required int ChangeCount { get; init; }

    [JsonPropertyName("owner")]
    public required JsonTicketPerson Owner { get; init; }

    [JsonPropertyName("updatedAt")]
    public required DateTimeOffset UpdatedAt { get; init; }
}
