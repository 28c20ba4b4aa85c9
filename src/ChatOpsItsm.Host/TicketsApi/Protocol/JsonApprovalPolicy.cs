using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary>How the change or request is authorized: who votes, the quorum, whether one rejection vetoes, and the voting period.</summary>
internal sealed class JsonApprovalPolicy
{
    [JsonPropertyName("group")]
    public required string Group { get; init; }

    [JsonPropertyName("quorum")]
    public required int Quorum { get; init; }

    [JsonPropertyName("vetoOnReject")]
    public required bool VetoOnReject { get; init; }

    [JsonPropertyName("votingPeriod")]
    public required TimeSpan VotingPeriod { get; init; }

    /// <summary><c>reject</c> or <c>escalate</c>.</summary>
    [JsonPropertyName("atDeadline")]
    public required string AtDeadline { get; init; }
}
