using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Tickets;

/// <summary>The stored shape of one audit field change, independent of the domain type's names.</summary>
internal sealed record FieldChangeJson(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("old")] string? Old,
    [property: JsonPropertyName("new")] string? New);
