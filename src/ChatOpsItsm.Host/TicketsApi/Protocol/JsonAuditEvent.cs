using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary>One audit event: who, when, where, what, and each field's old and new value.</summary>
internal sealed class JsonAuditEvent
{
    [JsonPropertyName("sequence")]
    public required int Sequence { get; init; }

    [JsonPropertyName("at")]
    public required DateTimeOffset At { get; init; }

    [JsonPropertyName("actor")]
    public required string Actor { get; init; }

    [JsonPropertyName("actorName")]
    public required string ActorName { get; init; }

    [JsonPropertyName("channel")]
    public required string Channel { get; init; }

    [JsonPropertyName("action")]
    public required string Action { get; init; }

    [JsonPropertyName("changes")]
    public required IReadOnlyList<JsonFieldChange> Changes { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }
}
