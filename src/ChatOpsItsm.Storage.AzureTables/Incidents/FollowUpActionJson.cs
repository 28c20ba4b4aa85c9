using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Incidents;

/// <summary>One follow-up action of a major incident; <c>ticket</c> is the problem or change it became, if any.</summary>
internal sealed record FollowUpActionJson(
    [property: JsonPropertyName("number")] int Number,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("owner")] string? Owner,
    [property: JsonPropertyName("ownerName")] string? OwnerName,
    [property: JsonPropertyName("addedAt")] DateTimeOffset AddedAt,
    [property: JsonPropertyName("ticket")] string? Ticket);
