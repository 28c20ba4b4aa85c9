using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary>A page of a change listing; pass <see cref="ContinuationToken"/> back as <c>continuation</c> for the next.</summary>
internal sealed class JsonChangePage
{
    [JsonPropertyName("items")]
    public required IReadOnlyList<JsonChangeSummary> Items { get; init; }

    /// <summary>Null on the last page.</summary>
    [JsonPropertyName("continuationToken")]
    public string? ContinuationToken { get; init; }
}
