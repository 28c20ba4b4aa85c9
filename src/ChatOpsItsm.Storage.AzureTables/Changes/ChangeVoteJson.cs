using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Changes;

/// <summary>One approver's standing vote.</summary>
internal sealed record ChangeVoteJson(
    [property: JsonPropertyName("approver")] string Approver,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("choice")] string Choice,
    [property: JsonPropertyName("comment")] string? Comment,
    [property: JsonPropertyName("at")] DateTimeOffset At);
