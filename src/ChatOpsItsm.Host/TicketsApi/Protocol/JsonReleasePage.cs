using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary>A page of a release listing; pass <see cref="ContinuationToken"/> back as <c>continuation</c> for the next.</summary>
internal sealed class JsonReleasePage
{
    /// <summary>A listing by a state without its own index may hold fewer than <c>pageSize</c> items, even none, before the last page.</summary>
    [JsonPropertyName("items")]
    public required IReadOnlyList<JsonReleaseSummary> Items { get; init; }

    /// <summary>Null on the last page.</summary>
    [JsonPropertyName("continuationToken")]
    public string? ContinuationToken { get; init; }
}
