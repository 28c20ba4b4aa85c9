using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Domain.Changes;

public sealed partial class Change
{
    /// <summary>
    /// Casts or changes <paramref name="voter"/>'s vote while the change is in Authorize, then applies any decision
    /// the votes now make: approved moves it to Scheduled, rejected to Rejected, and either closes the vote.
    /// </summary>
    /// <remarks>
    /// A pure transition of the current state: the engine applies it to a freshly read change and, on an ETag
    /// conflict, reads again and reapplies. Casting a vote identical to the standing one (same choice, same
    /// comment) succeeds and changes nothing, records nothing, even after the decision it led to. Refused: the requester,
    /// anyone outside the policy's group, a rejection without a reason, any vote from the deadline on (the
    /// deadline itself decides, see <see cref="ApplyVotingDeadline"/>), and any different vote once decided.
    /// </remarks>
    public DomainResult Vote(Person voter, VoteChoice choice, string? comment, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(voter);
        ArgumentNullException.ThrowIfNull(context);
        if (!Enum.IsDefined(choice))
        {
            return DomainResult.Refused(DomainErrorCodes.Validation, "A vote must approve, reject or abstain.");
        }

        string text = TextRules.MultiLine(comment);
        ChangeVoting? voting = _state.Voting;
        ChangeVote? standing = voting?.VoteOf(voter.PrimaryIdentity);
        bool repeat = standing is not null && standing.Choice == choice && standing.Comment == NullIfEmpty(text);
        if (State != ChangeState.Authorize || voting is null)
        {
            return repeat && voting?.Decision is not null ? DomainResult.Ok : VoteRefusedInState(voting);
        }

        if ((CheckVoter(voter, voting.Policy) ?? CheckComment(choice, text)) is { } refusal)
        {
            return new DomainResult(refusal);
        }

        if (repeat)
        {
            return DomainResult.Ok;
        }

        if (context.At >= voting.Deadline)
        {
            return DomainResult.Refused(DomainErrorCodes.VotingClosed,
                $"Voting on {Id} ended at {ChangeWindow.Format(voting.Deadline)}; the decision is on its way.");
        }

        ChangeVote vote = new(voter.PrimaryIdentity, voter.DisplayName, choice, NullIfEmpty(text), context.At);
        _state = _state with { Voting = voting.WithVote(vote) };
        Record(context, AuditActions.Voted, vote.Comment,
            Field("vote", standing?.Choice.ToString(), choice.ToString()),
            Field("approver", null, voter.PrimaryIdentity.ToString()));
        DecideByVotes(voter.DisplayName, context);
        return DomainResult.Ok;
    }

    /// <summary>
    /// What the timer calls at the voting deadline. With the policy's <see cref="DeadlineAction.Reject"/>, or once
    /// already escalated, the change is rejected; with <see cref="DeadlineAction.Escalate"/> the first time, it stays
    /// in Authorize, flagged escalated, with the deadline one voting period later. Refused (changing nothing) when
    /// the vote is already over or the deadline has not come yet, as for a timer left over from before an escalation.
    /// </summary>
    public DomainResult ApplyVotingDeadline(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (State != ChangeState.Authorize || _state.Voting is not { } voting)
        {
            return Refused("timed out", null);
        }

        if (context.At < voting.Deadline)
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged,
                $"The vote on {Id} runs until {ChangeWindow.Format(voting.Deadline)}.");
        }

        VoteTally tally = voting.Tally;
        string standing = $"{Approvals(tally.Approvals)} of the {tally.Quorum} needed";
        if (voting.Policy.AtDeadline == DeadlineAction.Escalate && !voting.IsEscalated)
        {
            DateTimeOffset extended = voting.Deadline + voting.Policy.VotingPeriod;
            _state = _state with { Voting = voting with { Deadline = extended, Escalations = voting.Escalations + 1 } };
            Record(context, AuditActions.Escalated,
                $"No decision by {ChangeWindow.Format(voting.Deadline)} ({standing}); the vote is open until {ChangeWindow.Format(extended)}.",
                Field("escalated", "false", "true"),
                Field("deadline", Stamp(voting.Deadline), Stamp(extended)));
            return DomainResult.Ok;
        }

        Decide(ChangeDecision.Rejected, $"No decision by {ChangeWindow.Format(voting.Deadline)} ({standing}).", context);
        return DomainResult.Ok;
    }

    private void DecideByVotes(string voterName, ActionContext context)
    {
        ChangeVoting voting = _state.Voting!;
        if (voting.DecideByVotes() is not { } decision)
        {
            return;
        }

        VoteTally tally = voting.Tally;
        string reason = decision == ChangeDecision.Approved
            ? $"{Approvals(tally.Approvals)} of the {tally.Quorum} needed."
            : voting.Policy.VetoOnReject && tally.Rejections > 0
                ? $"{voterName} rejected it, and one rejection is a veto."
                : $"{Approvals(tally.Approvals)} of the {tally.Quorum} needed, and the approvers yet to vote can no longer make up the difference.";
        Decide(decision, reason, context);
    }

    private void Decide(ChangeDecision decision, string reason, ActionContext context)
    {
        ChangeState to = decision == ChangeDecision.Approved ? ChangeState.Scheduled : ChangeState.Rejected;
        _state = _state with
        {
            State = to,
            Voting = _state.Voting! with { Decision = decision, DecidedAt = context.At },
            ClosedAt = to == ChangeState.Rejected ? context.At : _state.ClosedAt,
        };
        Record(context, decision == ChangeDecision.Approved ? AuditActions.Approved : AuditActions.Rejected, reason,
            StateChange(ChangeState.Authorize, to),
            Field("decision", null, decision.ToString()));
    }

    private DomainResult VoteRefusedInState(ChangeVoting? voting)
    {
        if (voting?.Decision is { } decision)
        {
            return DomainResult.Refused(DomainErrorCodes.VotingClosed,
                $"The vote on {Id} is closed: {decision.ToString().ToLowerInvariant()}.");
        }

        return Refused("voted on", State switch
        {
            ChangeState.Draft => "submit it first",
            _ when Type == ChangeType.Standard => "a standard change is pre-approved",
            _ => null,
        });
    }

    private DomainError? CheckVoter(Person voter, ApprovalPolicy policy)
    {
        if (voter.Is(_state.Requester))
        {
            return new DomainError(DomainErrorCodes.NotPermitted, $"You requested {Id}, so you can't vote on it.");
        }

        return voter.IsApprover(policy.Group)
            ? null
            : new DomainError(DomainErrorCodes.NotPermitted, $"Only members of the {policy.Group} approver group can vote on {Id}.");
    }

    private static DomainError? CheckComment(VoteChoice choice, string text) =>
        choice == VoteChoice.Reject
            ? TextRules.Check("reason for rejecting", text, ChangeLimits.CommentMaxLength)
            : TextRules.Check("comment", text, ChangeLimits.CommentMaxLength, required: false);

    private static string Approvals(int count) => count == 1 ? "1 approval" : $"{count} approvals";

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
