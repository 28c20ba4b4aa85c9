using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary>SLA targets and due times as seen at <see cref="ComputedAt"/> (a paused clock pushes them on).</summary>
internal sealed class JsonSla
{
    [JsonPropertyName("responseTarget")]
    public required TimeSpan ResponseTarget { get; init; }

    [JsonPropertyName("resolutionTarget")]
    public required TimeSpan ResolutionTarget { get; init; }

    [JsonPropertyName("responseDueAt")]
    public required DateTimeOffset ResponseDueAt { get; init; }

    [JsonPropertyName("resolutionDueAt")]
    public required DateTimeOffset ResolutionDueAt { get; init; }

    [JsonPropertyName("paused")]
    public required bool Paused { get; init; }

    /// <summary>Responded after the due time, or not yet responded and the due time has passed.</summary>
    [JsonPropertyName("responseBreached")]
    public required bool ResponseBreached { get; init; }

    [JsonPropertyName("resolutionBreached")]
    public required bool ResolutionBreached { get; init; }

    [JsonPropertyName("computedAt")]
    public required DateTimeOffset ComputedAt { get; init; }
}
