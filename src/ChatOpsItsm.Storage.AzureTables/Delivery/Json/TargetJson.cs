using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Delivery.Json;

/// <summary>A conversation (<c>platform</c> and <c>conversation</c>) or a person (<c>person</c>, written <c>platform:id</c>).</summary>
internal sealed record TargetJson(
    [property: JsonPropertyName("platform")] string? Platform,
    [property: JsonPropertyName("conversation")] string? Conversation,
    [property: JsonPropertyName("person")] string? Person);
