using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary>A change's or request's vote: the policy it was opened under, the deadline, the tally, every vote and the decision.</summary>
internal sealed class JsonVoting
{
    [JsonPropertyName("policy")]
    public required JsonApprovalPolicy Policy { get; init; }

    /// <summary>Members of the group who could vote (the requester left out) at submission; null when not known.</summary>
    [JsonPropertyName("eligibleApprovers")]
    public int? EligibleApprovers { get; init; }

    [JsonPropertyName("openedAt")]
    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>The deadline now in force (after any escalation).</summary>
    [JsonPropertyName("deadline")]
    public required DateTimeOffset Deadline { get; init; }

    [JsonPropertyName("escalations")]
    public required int Escalations { get; init; }

    /// <summary><c>approved</c>, <c>rejected</c>, or null while the vote is open.</summary>
    [JsonPropertyName("decision")]
    public string? Decision { get; init; }

    [JsonPropertyName("decidedAt")]
    public DateTimeOffset? DecidedAt { get; init; }

    [JsonPropertyName("tally")]
    public required JsonVoteTally Tally { get; init; }

    /// <summary>One standing vote per approver, in the order they first voted.</summary>
    [JsonPropertyName("votes")]
    public required IReadOnlyList<JsonVote> Votes { get; init; }
}
