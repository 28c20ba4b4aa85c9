using System.Globalization;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Domain.Requests;

public sealed partial class ServiceRequest
{
    /// <summary>
    /// Approves or rejects while the request is Awaiting Approval, by the change voting rules: one vote per approver
    /// (a second replaces the first), a rejection needs a reason and vetoes, the quorum approves. Refused: the requester,
    /// anyone who is not the manager (manager approval) or in the group (group approval), an abstention, and any vote
    /// once decided. A vote identical to the standing one succeeds and records nothing.
    /// </summary>
    public DomainResult Vote(Person voter, VoteChoice choice, string? comment, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(voter);
        ArgumentNullException.ThrowIfNull(context);
        if (choice is not (VoteChoice.Approve or VoteChoice.Reject))
        {
            return DomainResult.Refused(DomainErrorCodes.Validation, "A request is approved or rejected.");
        }

        string text = TextRules.MultiLine(comment);
        ChangeVoting? voting = _state.Voting;
        ChangeVote? standing = voting?.VoteOf(voter.PrimaryIdentity);
        bool repeat = standing is not null && standing.Choice == choice && standing.Comment == (text.Length == 0 ? null : text);
        if (State != RequestState.AwaitingApproval || voting is null)
        {
            if (repeat)
            {
                return DomainResult.Ok;
            }

            return voting?.Decision is { } decision
                ? DomainResult.Refused(DomainErrorCodes.VotingClosed, $"The approval of {Id} is over: {decision.ToString().ToLowerInvariant()}.")
                : Refused("approved or rejected", voting is null && State != RequestState.Canceled ? "it needs no approval" : null);
        }

        if ((CheckApprover(voter) ?? CheckComment(choice, text)) is { } refusal)
        {
            return new DomainResult(refusal);
        }

        if (repeat)
        {
            return DomainResult.Ok;
        }

        ChangeVote vote = new(voter.PrimaryIdentity, voter.DisplayName, choice, text.Length == 0 ? null : text, context.At);
        _state = _state with { Voting = voting.WithVote(vote) };
        Record(context, AuditActions.Voted, vote.Comment,
            Field("vote", standing?.Choice.ToString(), choice.ToString()), Field("approver", null, voter.PrimaryIdentity.ToString()));
        if (_state.Voting!.DecideByVotes() is { } outcome)
        {
            Decide(outcome, outcome == ChangeDecision.Approved ? $"Approved by {voter.DisplayName}." : $"Rejected by {voter.DisplayName}: {text}", context);
        }

        return DomainResult.Ok;
    }

    private void OpenApproval(RequestApproval approval, int? eligibleApprovers, ActionContext context)
    {
        if (approval.Kind == RequestApprovalKind.None)
        {
            _state = _state with { State = RequestState.Approved };
            Record(context, AuditActions.Approved, "No approval needed.", StateChange(RequestState.Submitted, RequestState.Approved));
            return;
        }

        ChangeVoting voting = ChangeVoting.Open(approval.ToPolicy(), approval.Kind == RequestApprovalKind.Manager ? 1 : eligibleApprovers, context.At);
        _state = _state with { State = RequestState.AwaitingApproval, Voting = voting };
        Record(context, AuditActions.ApprovalRequested, null,
            StateChange(RequestState.Submitted, RequestState.AwaitingApproval),
            Field("approvers", null, _state.Approver?.ToString() ?? approval.Group.ToString()),
            Field("quorum", null, approval.Quorum.ToString(CultureInfo.InvariantCulture)));
    }

    private void Decide(ChangeDecision decision, string reason, ActionContext context)
    {
        RequestState to = decision == ChangeDecision.Approved ? RequestState.Approved : RequestState.Rejected;
        _state = _state with
        {
            State = to,
            Voting = _state.Voting! with { Decision = decision, DecidedAt = context.At },
            ClosedAt = to == RequestState.Rejected ? context.At : _state.ClosedAt,
        };
        Record(context, decision == ChangeDecision.Approved ? AuditActions.Approved : AuditActions.Rejected, reason,
            StateChange(RequestState.AwaitingApproval, to), Field("decision", null, decision.ToString()));
    }

    private DomainError? CheckApprover(Person voter)
    {
        if (voter.Is(_state.Requester))
        {
            return new DomainError(DomainErrorCodes.NotPermitted, $"You requested {Id}, so you can't approve it.");
        }

        if (_state.ApprovalKind == RequestApprovalKind.Manager)
        {
            return _state.Approver is { } manager && voter.Is(manager)
                ? null
                : new DomainError(DomainErrorCodes.NotPermitted, $"Only {_state.RequesterName}'s manager can approve {Id}.");
        }

        ApproverGroup group = _state.Voting!.Policy.Group;
        return voter.IsApprover(group)
            ? null
            : new DomainError(DomainErrorCodes.NotPermitted, $"Only members of the {group} approver group can approve {Id}.");
    }

    private static DomainError? CheckComment(VoteChoice choice, string text) =>
        choice == VoteChoice.Reject
            ? TextRules.Check("reason for rejecting", text, RequestLimits.CommentMaxLength)
            : TextRules.Check("comment", text, RequestLimits.CommentMaxLength, required: false);
}
