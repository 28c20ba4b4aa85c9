using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.LocalChannel.Protocol;

/// <summary>A card; with inputs it is a form whose buttons submit them.</summary>
internal sealed class JsonLocalCard
{
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    [JsonPropertyName("facts")]
    public required IReadOnlyList<JsonLocalFact> Facts { get; init; }

    [JsonPropertyName("body")]
    public string? Body { get; init; }

    [JsonPropertyName("buttons")]
    public required IReadOnlyList<JsonLocalButton> Buttons { get; init; }

    [JsonPropertyName("inputs")]
    public required IReadOnlyList<JsonLocalInput> Inputs { get; init; }

    [JsonPropertyName("link")]
    public string? Link { get; init; }
}
