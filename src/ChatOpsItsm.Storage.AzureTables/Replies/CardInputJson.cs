using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Replies;

/// <summary>The stored shape of a form input; <see cref="Kind"/> is the enum name.</summary>
internal sealed record CardInputJson(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("required")] bool Required,
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("maxLength")] int MaxLength,
    [property: JsonPropertyName("choices")] IReadOnlyList<string> Choices,
    [property: JsonPropertyName("placeholder")] string? Placeholder);
