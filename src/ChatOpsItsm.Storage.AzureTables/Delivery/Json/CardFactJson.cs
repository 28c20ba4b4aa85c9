using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Delivery.Json;

internal sealed record CardFactJson(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("value")] string Value);
