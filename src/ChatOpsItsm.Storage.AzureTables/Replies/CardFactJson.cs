using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Replies;

/// <summary>The stored shape of a card fact.</summary>
internal sealed record CardFactJson(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("value")] string Value);
