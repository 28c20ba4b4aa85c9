using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary>One approver's standing vote: who, <c>approve</c> / <c>reject</c> / <c>abstain</c>, the comment, when last cast.</summary>
internal sealed class JsonVote
{
    [JsonPropertyName("approver")]
    public required JsonTicketPerson Approver { get; init; }

    [JsonPropertyName("choice")]
    public required string Choice { get; init; }

    [JsonPropertyName("comment")]
    public string? Comment { get; init; }

    [JsonPropertyName("at")]
    public required DateTimeOffset At { get; init; }
}
