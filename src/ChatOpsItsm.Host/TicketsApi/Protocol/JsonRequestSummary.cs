using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary>One service request of a listing, as its index entry holds it.</summary>
internal sealed class JsonRequestSummary
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("item")]
    public required string Item { get; init; }

    [JsonPropertyName("itemLabel")]
    public required string ItemLabel { get; init; }

    [JsonPropertyName("state")]
    public required string State { get; init; }

    [JsonPropertyName("requester")]
    public required JsonTicketPerson Requester { get; init; }

    /// <summary>The display name of who took it; the index entry holds no identity.</summary>
    [JsonPropertyName("assigneeName")]
    public string? AssigneeName { get; init; }

    [JsonPropertyName("updatedAt")]
    public required DateTimeOffset UpdatedAt { get; init; }
}
