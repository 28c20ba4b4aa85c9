using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.TestSupport.Builders;

/// <summary>
/// Builds a <see cref="Change"/> the way production makes one: created by local:alice in local:general at
/// <see cref="BuilderDefaults.Instant"/> from <see cref="ChangeDraftBuilder"/>'s draft, then moved to the wanted state
/// by the real methods. The agent local:bob submits at the created instant; Carol and Dave approve (Frank for an
/// emergency) ten minutes later; Bob starts at the planned start and finishes an hour in. Rejected is reached by
/// Carol's veto; Canceled from Draft.
/// </summary>
public sealed class ChangeBuilder
{
    private readonly ChangeDraftBuilder _draft = ChangeDraftBuilder.AChangeDraft();
    private TicketId _id = ChangeDraftDefaults.ChangeId;
    private UserIdentity _requester = BuilderDefaults.Requester;
    private string _requesterName = BuilderDefaults.RequesterName;
    private DateTimeOffset _createdAt = BuilderDefaults.Instant;
    private ApprovalPolicies _policies = ApprovalPolicies.Default;
    private int? _eligibleApprovers;
    private ChangeState _state = ChangeState.Draft;
    private ChangeType _type = ChangeType.Normal;
    private bool _eventsStored;

    public static ChangeBuilder AChange() => new();

    public ChangeBuilder WithId(TicketId id)
    {
        _id = id;
        return this;
    }

    public ChangeBuilder WithTitle(string? title)
    {
        _draft.WithTitle(title);
        return this;
    }

    public ChangeBuilder WithDescription(string? description)
    {
        _draft.WithDescription(description);
        return this;
    }

    public ChangeBuilder OfType(ChangeType type)
    {
        _type = type;
        _draft.OfType(type);
        return this;
    }

    public ChangeBuilder WithRisk(ChangeRisk risk)
    {
        _draft.WithRisk(risk);
        return this;
    }

    public ChangeBuilder PlannedFor(DateTimeOffset start, DateTimeOffset end)
    {
        _draft.PlannedFor(start, end);
        return this;
    }

    public ChangeBuilder WithService(string service)
    {
        _draft.WithService(service);
        return this;
    }

    public ChangeBuilder RequestedBy(UserIdentity requester, string requesterName)
    {
        _requester = requester;
        _requesterName = requesterName;
        return this;
    }

    /// <summary>When it is created and submitted; the planned window must not start before it.</summary>
    public ChangeBuilder CreatedAt(DateTimeOffset createdAt)
    {
        _createdAt = createdAt;
        return this;
    }

    public ChangeBuilder WithPolicies(ApprovalPolicies policies)
    {
        _policies = policies;
        return this;
    }

    /// <summary>The size of the approver group passed at submission; by default not known (null).</summary>
    public ChangeBuilder WithEligibleApprovers(int? count)
    {
        _eligibleApprovers = count;
        return this;
    }

    public ChangeBuilder InState(ChangeState state)
    {
        _state = state;
        return this;
    }

    /// <summary>Clears the pending events after building, as storage does once it has written them.</summary>
    public ChangeBuilder WithEventsStored()
    {
        _eventsStored = true;
        return this;
    }

    public Change Build()
    {
        ActionContext created = new(_requester, _requesterName, BuilderDefaults.Channel, _createdAt);
        (Change? change, IReadOnlyList<DomainError> errors) = Change.Create(_id, _draft.Build(), created);
        if (change is null)
        {
            throw new InvalidOperationException("The draft was refused: " + string.Join(" ", errors.Select(error => error.Message)));
        }

        int step = 0;
        foreach (Func<Change, DomainResult> apply in StepsTo(_state, change.PlannedWindow.Start))
        {
            step++;
            if (apply(change).Error is { } error)
            {
                throw new InvalidOperationException($"Step {step} towards {_state} was refused: {error.Message}");
            }
        }

        if (_eventsStored)
        {
            change.MarkEventsStored();
        }

        return change;
    }

    private static ActionContext ByAgent(DateTimeOffset at) =>
        new(BuilderDefaults.Agent, BuilderDefaults.AgentName, BuilderDefaults.Channel, at);

    private ActionContext ByApprover(Person approver) =>
        new(approver.PrimaryIdentity, approver.DisplayName, "local:cab", _createdAt + TimeSpan.FromMinutes(10));

    private List<Func<Change, DomainResult>> StepsTo(ChangeState state, DateTimeOffset plannedStart)
    {
        Func<Change, DomainResult> submit = change => change.Submit(_policies, [], _eligibleApprovers, ByAgent(_createdAt));
        List<Func<Change, DomainResult>> approve = _type switch
        {
            ChangeType.Standard => [],
            ChangeType.Emergency => [change => change.Vote(Approvers.Frank, VoteChoice.Approve, "Go.", ByApprover(Approvers.Frank))],
            _ =>
            [
                change => change.Vote(Approvers.Carol, VoteChoice.Approve, "Looks safe.", ByApprover(Approvers.Carol)),
                change => change.Vote(Approvers.Dave, VoteChoice.Approve, null, ByApprover(Approvers.Dave)),
            ],
        };
        Func<Change, DomainResult> reject = change =>
            change.Vote(Approvers.Carol, VoteChoice.Reject, "Not before the audit.", ByApprover(Approvers.Carol));
        Func<Change, DomainResult> start = change => change.Start(ByAgent(plannedStart));
        Func<Change, DomainResult> complete = change => change.Complete("Both relays patched.", ByAgent(plannedStart + TimeSpan.FromHours(1)));
        Func<Change, DomainResult> fail = change => change.Fail("Relay 2 did not come back.", ByAgent(plannedStart + TimeSpan.FromHours(1)));
        Func<Change, DomainResult> close = change => change.Close("Went to plan.", ByAgent(plannedStart + TimeSpan.FromHours(2)));
        Func<Change, DomainResult> cancel = change => change.Cancel("Vendor withdrew the patch.", ByAgent(_createdAt));
        return state switch
        {
            ChangeState.Draft => [],
            ChangeState.Authorize => [submit],
            ChangeState.Scheduled => [submit, .. approve],
            ChangeState.Implementing => [submit, .. approve, start],
            ChangeState.Review => [submit, .. approve, start, complete],
            ChangeState.Closed => [submit, .. approve, start, complete, close],
            ChangeState.Rejected => [submit, reject],
            ChangeState.Failed => [submit, .. approve, start, fail],
            ChangeState.Canceled => [cancel],
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown change state."),
        };
    }
}
