using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.LocalChannel.Protocol;

/// <summary>A button; clicking it posts <c>action</c> with <see cref="ActionId"/> and <see cref="Data"/>.</summary>
internal sealed class JsonLocalButton
{
    [JsonPropertyName("label")]
    public required string Label { get; init; }

    [JsonPropertyName("actionId")]
    public required string ActionId { get; init; }

    [JsonPropertyName("data")]
    public required IReadOnlyDictionary<string, string> Data { get; init; }

    /// <summary><c>default</c>, <c>primary</c> or <c>danger</c>.</summary>
    [JsonPropertyName("style")]
    public required string Style { get; init; }
}
