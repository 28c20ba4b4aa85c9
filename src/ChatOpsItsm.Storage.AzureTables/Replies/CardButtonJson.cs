using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Replies;

/// <summary>The stored shape of a card button; <see cref="Style"/> is the enum name.</summary>
internal sealed record CardButtonJson(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("actionId")] string ActionId,
    [property: JsonPropertyName("data")] IReadOnlyDictionary<string, string> Data,
    [property: JsonPropertyName("style")] string Style);
