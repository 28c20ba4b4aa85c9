using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Delivery.Json;

internal sealed record ReplyJson(
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("card")] CardJson? Card);
