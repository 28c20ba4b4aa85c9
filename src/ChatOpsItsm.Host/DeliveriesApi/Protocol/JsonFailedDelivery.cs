using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.DeliveriesApi.Protocol;

/// <summary>A delivery moved aside after too many failed attempts.</summary>
internal sealed class JsonFailedDelivery
{
    [JsonPropertyName("workId")]
    public required string WorkId { get; init; }

    /// <summary>What kind of work: a notification or a timer.</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("target")]
    public required string Target { get; init; }

    [JsonPropertyName("failedAt")]
    public required DateTimeOffset FailedAt { get; init; }

    [JsonPropertyName("attempts")]
    public required int Attempts { get; init; }

    /// <summary>Why the last attempt failed, in a short sentence (never the payload).</summary>
    [JsonPropertyName("reason")]
    public required string Reason { get; init; }
}
