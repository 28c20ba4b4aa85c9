using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Changes;

/// <summary>
/// The stored shape of a change's vote (<c>Voting</c> on the record row), independent of the domain type's names.
/// Enums by name, instants with their ticks and offset (in UTC), the voting period in ticks.
/// </summary>
internal sealed record ChangeVotingJson(
    [property: JsonPropertyName("policy")] ApprovalPolicyJson Policy,
    [property: JsonPropertyName("eligibleApprovers")] int? EligibleApprovers,
    [property: JsonPropertyName("openedAt")] DateTimeOffset OpenedAt,
    [property: JsonPropertyName("deadline")] DateTimeOffset Deadline,
    [property: JsonPropertyName("escalations")] int Escalations,
    [property: JsonPropertyName("votes")] List<ChangeVoteJson> Votes,
    [property: JsonPropertyName("decision")] string? Decision,
    [property: JsonPropertyName("decidedAt")] DateTimeOffset? DecidedAt);
