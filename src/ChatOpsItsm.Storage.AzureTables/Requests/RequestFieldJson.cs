using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Requests;

/// <summary>One stored field value of a request, independent of the domain type's names.</summary>
internal sealed record RequestFieldJson(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("value")] string Value);
