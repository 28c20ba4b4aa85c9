using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Replies;

/// <summary>The stored shape of a local chat message's content, independent of the engine type's names.</summary>
internal sealed record ReplyJson(
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("card")] CardJson? Card);
