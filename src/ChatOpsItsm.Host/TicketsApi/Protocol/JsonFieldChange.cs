using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

internal sealed class JsonFieldChange
{
    [JsonPropertyName("field")]
    public required string Field { get; init; }

    [JsonPropertyName("old")]
    public string? Old { get; init; }

    [JsonPropertyName("new")]
    public string? New { get; init; }
}
