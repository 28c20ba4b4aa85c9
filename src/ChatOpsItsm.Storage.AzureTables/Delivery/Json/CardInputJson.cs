using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Delivery.Json;

internal sealed record CardInputJson(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("required")] bool Required,
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("maxLength")] int MaxLength,
    [property: JsonPropertyName("choices")] List<string> Choices,
    [property: JsonPropertyName("placeholder")] string? Placeholder);
