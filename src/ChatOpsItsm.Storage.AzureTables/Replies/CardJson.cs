using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Replies;

/// <summary>The stored shape of a card.</summary>
internal sealed record CardJson(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("facts")] IReadOnlyList<CardFactJson> Facts,
    [property: JsonPropertyName("body")] string? Body,
    [property: JsonPropertyName("buttons")] IReadOnlyList<CardButtonJson> Buttons,
    [property: JsonPropertyName("inputs")] IReadOnlyList<CardInputJson> Inputs,
    [property: JsonPropertyName("link")] string? Link);
