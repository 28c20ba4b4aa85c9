using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary>A person on a ticket: identity (<c>local:bob</c>) and display name.</summary>
internal sealed class JsonTicketPerson
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }
}
