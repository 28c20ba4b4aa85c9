using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Host.TicketsApi.Protocol;

namespace ChatOpsItsm.Host.TicketsApi;

/// <summary>What every ticket's JSON shares: audit events, the people on it, votes and windows.</summary>
internal static class TicketJsonMapper
{
    public static JsonAuditEvent ToEvent(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        return new JsonAuditEvent
        {
            Sequence = auditEvent.Sequence,
            At = auditEvent.At,
            Actor = auditEvent.Actor.ToString(),
            ActorName = auditEvent.ActorName,
            Channel = auditEvent.Channel,
            Action = auditEvent.Action,
            Changes = [.. auditEvent.Changes.Select(change => new JsonFieldChange { Field = change.Field, Old = change.OldValue, New = change.NewValue })],
            Text = auditEvent.Text,
        };
    }

    public static JsonTicketPerson Person(UserIdentity identity, string name) => new() { Id = identity.ToString(), Name = name };

    /// <summary>A vote (a change's or a request's approval) with its policy, tally and every standing vote.</summary>
    public static JsonVoting Voting(ChangeVoting voting)
    {
        ArgumentNullException.ThrowIfNull(voting);
        VoteTally tally = voting.Tally;
        return new JsonVoting
        {
            Policy = new JsonApprovalPolicy
            {
                Group = voting.Policy.Group.ToString(),
                Quorum = voting.Policy.Quorum,
                VetoOnReject = voting.Policy.VetoOnReject,
                VotingPeriod = voting.Policy.VotingPeriod,
                AtDeadline = Lower(voting.Policy.AtDeadline),
            },
            EligibleApprovers = voting.EligibleApprovers,
            OpenedAt = voting.OpenedAt,
            Deadline = voting.Deadline,
            Escalations = voting.Escalations,
            Decision = voting.Decision is { } decision ? Lower(decision) : null,
            DecidedAt = voting.DecidedAt,
            Tally = new JsonVoteTally
            {
                Approvals = tally.Approvals,
                Rejections = tally.Rejections,
                Abstentions = tally.Abstentions,
                Quorum = tally.Quorum,
                ApprovalsNeeded = tally.ApprovalsNeeded,
                Outstanding = tally.Outstanding,
            },
            Votes = [.. voting.Votes.Select(vote => new JsonVote
            {
                Approver = Person(vote.Approver, vote.ApproverName),
                Choice = Lower(vote.Choice),
                Comment = vote.Comment,
                At = vote.At,
            })],
        };
    }

    public static JsonWindow Window(ChangeWindow window) => new() { Start = window.Start, End = window.End };

    /// <summary>An enum value as the API writes it: <c>high</c>, <c>normal</c>.</summary>
    public static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
