using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.LocalChannel.Protocol;

/// <summary>A form input.</summary>
internal sealed class JsonLocalInput
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("label")]
    public required string Label { get; init; }

    /// <summary><c>text</c>, <c>multiline</c>, <c>choice</c> or <c>date</c>.</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("required")]
    public required bool Required { get; init; }

    [JsonPropertyName("value")]
    public string? Value { get; init; }

    [JsonPropertyName("maxLength")]
    public required int MaxLength { get; init; }

    [JsonPropertyName("choices")]
    public required IReadOnlyList<string> Choices { get; init; }

    [JsonPropertyName("placeholder")]
    public string? Placeholder { get; init; }
}
