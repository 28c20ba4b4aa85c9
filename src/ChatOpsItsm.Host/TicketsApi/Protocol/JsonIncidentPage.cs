using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary>A page of a listing; pass <see cref="ContinuationToken"/> back as <c>continuation</c> for the next.</summary>
internal sealed class JsonIncidentPage
{
    [JsonPropertyName("items")]
    public required IReadOnlyList<JsonIncidentSummary> Items { get; init; }

    /// <summary>Null on the last page.</summary>
    [JsonPropertyName("continuationToken")]
    public string? ContinuationToken { get; init; }
}
