using System.Text.Json;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Changes;

/// <summary><see cref="ChangeVoting"/> ↔ its stored JSON, field by field; every field round-trips exactly.</summary>
internal static class ChangeVotingMapper
{
    public static string ToJson(ChangeVoting voting)
    {
        ArgumentNullException.ThrowIfNull(voting);
        ApprovalPolicy policy = voting.Policy;
        ChangeVotingJson json = new(
            new ApprovalPolicyJson(policy.Group.Name, policy.Quorum, policy.VetoOnReject, policy.VotingPeriod.Ticks, policy.AtDeadline.ToString()),
            voting.EligibleApprovers,
            Utc(voting.OpenedAt),
            Utc(voting.Deadline),
            voting.Escalations,
            [.. voting.Votes.Select(vote => new ChangeVoteJson(vote.Approver.ToString(), vote.ApproverName, vote.Choice.ToString(), vote.Comment, Utc(vote.At)))],
            voting.Decision?.ToString(),
            Utc(voting.DecidedAt));
        return JsonSerializer.Serialize(json, ChangesJsonContext.Default.ChangeVotingJson);
    }

    /// <exception cref="InvalidDataException">The JSON is not a vote this mapper wrote.</exception>
    public static ChangeVoting FromJson(string text, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            ChangeVotingJson json = JsonSerializer.Deserialize(text, ChangesJsonContext.Default.ChangeVotingJson) ?? throw Corrupt(rowKey);
            ApprovalPolicyJson policy = json.Policy ?? throw Corrupt(rowKey);
            return new ChangeVoting(
                new ApprovalPolicy(
                    new ApproverGroup(policy.Group),
                    policy.Quorum,
                    policy.VetoOnReject,
                    TimeSpan.FromTicks(policy.VotingPeriodTicks),
                    Parse<DeadlineAction>(policy.AtDeadline, rowKey)),
                json.EligibleApprovers,
                json.OpenedAt,
                json.Deadline,
                json.Escalations,
                [.. (json.Votes ?? throw Corrupt(rowKey)).Select(vote => ToVote(vote, rowKey))],
                json.Decision is null ? null : Parse<ChangeDecision>(json.Decision, rowKey),
                json.DecidedAt);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            throw new InvalidDataException($"Row '{rowKey}' has no valid vote.", exception);
        }
    }

    private static ChangeVote ToVote(ChangeVoteJson vote, string rowKey) => new(
        StoredIdentity(vote.Approver ?? "") ?? throw Corrupt(rowKey),
        vote.Name ?? throw Corrupt(rowKey),
        Parse<VoteChoice>(vote.Choice, rowKey),
        vote.Comment,
        vote.At);

    private static TEnum Parse<TEnum>(string? text, string rowKey)
        where TEnum : struct, Enum =>
        Enum.TryParse(text, ignoreCase: false, out TEnum value) && Enum.IsDefined(value) ? value : throw Corrupt(rowKey);

    private static InvalidDataException Corrupt(string rowKey) => new($"Row '{rowKey}' has no valid vote.");
}
