using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Delivery.Json;

internal sealed record CardButtonJson(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("action")] string ActionId,
    [property: JsonPropertyName("data")] Dictionary<string, string> Data,
    [property: JsonPropertyName("style")] string Style);
