using System.Globalization;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Domain.Changes;

public sealed partial class Change
{
    /// <summary>
    /// Draft → Authorize, opening the vote under the type's policy; a standard change goes straight to Scheduled.
    /// Refused when the planned start has passed (at <see cref="ActionContext.At"/>) or, unless the change is an
    /// emergency, when the planned window overlaps a freeze. Overlapping changes are only a warning: see
    /// <see cref="ChangeCalendar.Overlapping"/>.
    /// </summary>
    /// <param name="policies">The approval policy of each change type, from configuration.</param>
    /// <param name="freezes">The freeze windows, from configuration.</param>
    /// <param name="context">Who submits, and when: the instant is "now" for the planned start.</param>
    /// <param name="eligibleApprovers">
    /// Members of the policy's group other than the requester, or null when not known. When known, a group too
    /// small to reach the quorum refuses the submission, and the vote is rejected as soon as the quorum is out of reach.
    /// </param>
    public DomainResult Submit(
        ApprovalPolicies policies, IEnumerable<FreezeWindow> freezes, int? eligibleApprovers, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(freezes);
        ArgumentNullException.ThrowIfNull(context);
        if (eligibleApprovers < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(eligibleApprovers), eligibleApprovers, "A count of approvers can't be negative.");
        }

        if (State != ChangeState.Draft)
        {
            return Refused("submitted", null);
        }

        ChangeWindow window = _state.PlannedWindow;
        if (window.Start < context.At)
        {
            return DomainResult.Refused(DomainErrorCodes.ScheduleConflict,
                $"{Id} is planned to start at {ChangeWindow.Format(window.Start)}, which has passed: reschedule it, then submit it.");
        }

        if (ChangeCalendar.FreezeFor(Type, window, freezes) is { } freeze)
        {
            string reason = TextRules.SingleLine(freeze.Reason).TrimEnd('.');
            return DomainResult.Refused(DomainErrorCodes.ScheduleConflict,
                $"{Id} is planned during the {freeze.Name} ({freeze.Window})" + (reason.Length == 0 ? "" : $": {reason}")
                + ". Only emergency changes may run then; reschedule it.");
        }

        ApprovalPolicy? policy = policies.For(Type);
        return policy is null ? Schedule(context) : OpenVote(policy, eligibleApprovers, context);
    }

    /// <summary>Scheduled → Implementing, no earlier than the planned start. Whoever starts it becomes the implementer if there is none.</summary>
    public DomainResult Start(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (State != ChangeState.Scheduled)
        {
            return Refused("started", State switch
            {
                ChangeState.Draft => "submit it first",
                ChangeState.Authorize => "wait for the vote",
                _ => null,
            });
        }

        if (context.At < _state.PlannedWindow.Start)
        {
            return DomainResult.Refused(DomainErrorCodes.ScheduleConflict,
                $"{Id} is approved for {_state.PlannedWindow}, so it can't start before then.");
        }

        List<FieldChange> changes = [StateChange(ChangeState.Scheduled, ChangeState.Implementing)];
        if (_state.Assignee is null)
        {
            changes.Add(Field("assignee", null, context.Actor.ToString()));
            _state = _state with { Assignee = context.Actor, AssigneeName = context.ActorName };
        }

        _state = _state with { State = ChangeState.Implementing, StartedAt = context.At };
        Record(context, AuditActions.Started, null, [.. changes]);
        return DomainResult.Ok;
    }

    /// <summary>Implementing → Review: done as planned.</summary>
    public DomainResult Complete(string? notes, ActionContext context) =>
        EndImplementation(ChangeState.Review, AuditActions.Completed, "completed", notes, required: false, context);

    /// <summary>Implementing → Failed, with what went wrong; <see cref="BeginReview"/> follows once it is rolled back.</summary>
    public DomainResult Fail(string reason, ActionContext context) =>
        EndImplementation(ChangeState.Failed, AuditActions.Failed, "marked failed", reason, required: true, context);

    /// <summary>Failed → Review, once the rollback is done; the notes say how it went.</summary>
    public DomainResult BeginReview(string? notes, ActionContext context) =>
        Move(ChangeState.Failed, ChangeState.Review, AuditActions.ReviewStarted, "reviewed", notes, context);

    /// <summary>Review → Closed, with the review's conclusions.</summary>
    public DomainResult Close(string? notes, ActionContext context) =>
        Move(ChangeState.Review, ChangeState.Closed, AuditActions.Closed, "closed", notes, context);

    /// <summary>Draft, Authorize or Scheduled → Canceled. An open vote ends without a decision.</summary>
    public DomainResult Cancel(string? reason, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ChangeStates.IsCancelable(State))
        {
            return Refused("canceled", State == ChangeState.Implementing ? "complete it or mark it failed" : null);
        }

        string text = TextRules.MultiLine(reason);
        if (TextRules.Check("reason", text, ChangeLimits.ReasonMaxLength, required: false) is { } error)
        {
            return new DomainResult(error);
        }

        ChangeState oldState = State;
        _state = _state with { State = ChangeState.Canceled, ClosedAt = context.At };
        Record(context, AuditActions.Canceled, text.Length == 0 ? null : text, StateChange(oldState, ChangeState.Canceled));
        return DomainResult.Ok;
    }

    private DomainResult Schedule(ActionContext context)
    {
        _state = _state with { State = ChangeState.Scheduled, SubmittedAt = context.At };
        Record(context, AuditActions.Submitted, $"Standard change from the pre-approved template {TemplateName}: no vote needed.",
            StateChange(ChangeState.Draft, ChangeState.Scheduled));
        return DomainResult.Ok;
    }

    private DomainResult OpenVote(ApprovalPolicy policy, int? eligibleApprovers, ActionContext context)
    {
        if (eligibleApprovers < policy.Quorum)
        {
            string members = eligibleApprovers == 1 ? "1 member" : $"{eligibleApprovers} members";
            return DomainResult.Refused(DomainErrorCodes.InvalidTransition,
                $"{Id} can't be submitted: {members} of {policy.Group} may vote on it and approval needs {policy.Quorum}."
                + " Ask an admin to add approvers.");
        }

        ChangeVoting voting = ChangeVoting.Open(policy, eligibleApprovers, context.At);
        _state = _state with { State = ChangeState.Authorize, SubmittedAt = context.At, Voting = voting };
        Record(context, AuditActions.Submitted, null,
            StateChange(ChangeState.Draft, ChangeState.Authorize),
            Field("approvers", null, policy.Group.Name),
            Field("quorum", null, policy.Quorum.ToString(CultureInfo.InvariantCulture)),
            Field("deadline", null, Stamp(voting.Deadline)));
        return DomainResult.Ok;
    }

    private DomainResult EndImplementation(
        ChangeState to, string action, string verb, string? text, bool required, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (State != ChangeState.Implementing)
        {
            return Refused(verb, State == ChangeState.Scheduled ? "start it first" : null);
        }

        string cleaned = TextRules.MultiLine(text);
        string field = required ? "reason" : "notes";
        int limit = required ? ChangeLimits.ReasonMaxLength : ChangeLimits.NotesMaxLength;
        if (TextRules.Check(field, cleaned, limit, required) is { } error)
        {
            return new DomainResult(error);
        }

        _state = _state with
        {
            State = to,
            EndedAt = context.At,
            FailureReason = to == ChangeState.Failed ? cleaned : null,
        };
        Record(context, action, cleaned.Length == 0 ? null : cleaned, StateChange(ChangeState.Implementing, to));
        return DomainResult.Ok;
    }

    private DomainResult Move(ChangeState from, ChangeState to, string action, string verb, string? notes, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (State != from)
        {
            return Refused(verb, State switch
            {
                ChangeState.Implementing => "complete it or mark it failed first",
                ChangeState.Failed => "review it first",
                _ => null,
            });
        }

        string text = TextRules.MultiLine(notes);
        if (TextRules.Check("notes", text, ChangeLimits.NotesMaxLength, required: false) is { } error)
        {
            return new DomainResult(error);
        }

        _state = to == ChangeState.Closed ? _state with { State = to, ClosedAt = context.At } : _state with { State = to };
        Record(context, action, text.Length == 0 ? null : text, StateChange(from, to));
        return DomainResult.Ok;
    }

    private static FieldChange StateChange(ChangeState from, ChangeState to) =>
        Field("state", ChangeStates.DisplayName(from), ChangeStates.DisplayName(to));

    private DomainResult Refused(string verb, string? hint)
    {
        string message = $"{Id} is {ChangeStates.Phrase(State)}, so it can't be {verb}"
            + (hint is null ? "." : $": {hint}.");
        return DomainResult.Refused(DomainErrorCodes.InvalidTransition, message);
    }
}
