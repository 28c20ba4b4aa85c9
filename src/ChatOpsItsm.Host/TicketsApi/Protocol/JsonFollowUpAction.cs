using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary>A major incident's follow-up action, and the problem or change it became once raised.</summary>
internal sealed class JsonFollowUpAction
{
    /// <summary>Numbered from 1 in the order added.</summary>
    [JsonPropertyName("number")]
    public required int Number { get; init; }

    [JsonPropertyName("text")]
    public required string Text { get; init; }

    [JsonPropertyName("owner")]
    public JsonTicketPerson? Owner { get; init; }

    [JsonPropertyName("addedAt")]
    public required DateTimeOffset AddedAt { get; init; }

    /// <summary>The problem or change raised for it (<c>PRB-1001</c>), or null.</summary>
    [JsonPropertyName("becameTicket")]
    public string? BecameTicket { get; init; }
}
