using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Releases;

/// <summary>One change of a release as stored in the record's <c>Changes</c> JSON.</summary>
internal sealed record ReleaseChangeJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title);
