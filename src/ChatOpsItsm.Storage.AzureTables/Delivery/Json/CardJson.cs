using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Delivery.Json;

internal sealed record CardJson(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("facts")] List<CardFactJson> Facts,
    [property: JsonPropertyName("body")] string? Body,
    [property: JsonPropertyName("buttons")] List<CardButtonJson> Buttons,
    [property: JsonPropertyName("inputs")] List<CardInputJson> Inputs,
    [property: JsonPropertyName("link")] string? Link);
