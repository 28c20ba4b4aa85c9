using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Changes;

/// <summary>The approval policy captured when the change was submitted.</summary>
internal sealed record ApprovalPolicyJson(
    [property: JsonPropertyName("group")] string Group,
    [property: JsonPropertyName("quorum")] int Quorum,
    [property: JsonPropertyName("vetoOnReject")] bool VetoOnReject,
    [property: JsonPropertyName("votingPeriodTicks")] long VotingPeriodTicks,
    [property: JsonPropertyName("atDeadline")] string AtDeadline);
