using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.Health;

/// <summary><c>{"status":"healthy","storage":"reachable"}</c>, or unhealthy and unreachable.</summary>
internal sealed class JsonHealthStatus
{
    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("storage")]
    public required string Storage { get; init; }
}
