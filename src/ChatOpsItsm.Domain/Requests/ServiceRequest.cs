using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Requests;

/// <summary>
/// A service request for a catalog item and its lifecycle (SPEC §2): Submitted → Awaiting Approval → Approved | Rejected →
/// In Fulfillment → Fulfilled → Closed; Canceled before it is fulfilled. A request needing no approval goes straight to
/// Approved. Every accepted step appends an <see cref="AuditEvent"/> to <see cref="PendingEvents"/>; a refused one
/// returns the reason and leaves the request untouched.
/// </summary>
public sealed partial class ServiceRequest
{
    private readonly List<AuditEvent> _pendingEvents = [];
    private RequestSnapshot _state;

    private ServiceRequest(RequestSnapshot state) => _state = state;

    public TicketId Id => _state.Id;

    public string ItemKey => _state.ItemKey;

    public string ItemLabel => _state.ItemLabel;

    public IReadOnlyList<RequestFieldValue> Fields => _state.Fields;

    public RequestState State => _state.State;

    public UserIdentity Requester => _state.Requester;

    public string RequesterName => _state.RequesterName;

    public RequestApprovalKind ApprovalKind => _state.ApprovalKind;

    /// <summary>The manager who approves; null unless the item needs the manager's approval.</summary>
    public UserIdentity? Approver => _state.Approver;

    public ChangeVoting? Voting => _state.Voting;

    public string FulfillmentGroup => _state.FulfillmentGroup;

    public UserIdentity? Assignee => _state.Assignee;

    public string? AssigneeName => _state.AssigneeName;

    public DateTimeOffset CreatedAt => _state.CreatedAt;

    public DateTimeOffset UpdatedAt => _state.UpdatedAt;

    public IReadOnlyList<AuditEvent> PendingEvents => _pendingEvents;

    /// <summary>
    /// Submits a request for <paramref name="item"/> with the fields given, then opens its approval: none goes straight to
    /// Approved; the manager's, to Awaiting Approval with <paramref name="manager"/> as the approver; a group's, to Awaiting
    /// Approval with a vote (refused when fewer than the quorum can vote).
    /// </summary>
    /// <param name="id">The request's id.</param>
    /// <param name="item">The catalog item requested.</param>
    /// <param name="values">The field values by name, any case; people already as <c>platform:id</c>.</param>
    /// <param name="manager">The requester's manager, or null when none is configured.</param>
    /// <param name="eligibleApprovers">Members of the item's group other than the requester, or null when not known.</param>
    /// <param name="context">Who requests it, from where, and when.</param>
    /// <returns>The request, or every problem with it.</returns>
    public static (ServiceRequest? Request, IReadOnlyList<DomainError> Errors) Submit(
        TicketId id, CatalogItem item, IReadOnlyDictionary<string, string> values, UserIdentity? manager, int? eligibleApprovers, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(context);
        if (id.Type != TicketType.Request)
        {
            throw new ArgumentException($"{id} is not a request id.", nameof(id));
        }

        (IReadOnlyList<RequestFieldValue> fields, IReadOnlyList<DomainError> errors) = item.Check(values);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        if (ApprovalProblem(item, manager, eligibleApprovers, context.Actor) is { } problem)
        {
            return (null, [problem]);
        }

        ServiceRequest request = new(new RequestSnapshot(
            id, item.Key, item.Label, fields, RequestState.Submitted, context.Actor, context.ActorName, item.Approval.Kind,
            item.Approval.Kind == RequestApprovalKind.Manager ? manager : null, null, item.FulfillmentGroup, null, null,
            context.Channel, context.At, context.At, null, null, null, 0));
        request.Record(context, AuditActions.Submitted, null,
            [Field("state", null, RequestStates.DisplayName(RequestState.Submitted)), Field("item", null, item.Key),
            .. fields.Where(f => f.Value.Length > 0).Select(f => Field(f.Name, null, f.Value))]);
        request.OpenApproval(item.Approval, eligibleApprovers, context);
        return (request, []);
    }

    public static ServiceRequest FromSnapshot(RequestSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new ServiceRequest(snapshot);
    }

    public RequestSnapshot ToSnapshot() => _state;

    /// <summary>Forgets the pending events once storage has written them.</summary>
    public void MarkEventsStored() => _pendingEvents.Clear();

    private static DomainError? ApprovalProblem(CatalogItem item, UserIdentity? manager, int? eligibleApprovers, UserIdentity requester)
    {
        RequestApproval approval = item.Approval;
        if (approval.Kind == RequestApprovalKind.Manager && (manager is null || manager == requester))
        {
            return new DomainError(DomainErrorCodes.NotPermitted,
                $"{item.Label} needs your manager's approval, and no manager is configured for you ({requester}). Ask an admin to set Itsm:Managers.");
        }

        if (approval.Kind == RequestApprovalKind.Group && eligibleApprovers < approval.Quorum)
        {
            return new DomainError(DomainErrorCodes.InvalidTransition,
                $"{item.Label} needs {approval.Quorum} approval(s) from the {approval.Group}, and only {eligibleApprovers} member(s) may approve your request."
                + " Ask an admin to add approvers.");
        }

        return null;
    }

    private static FieldChange Field(string field, string? oldValue, string? newValue) => new(field, oldValue, newValue);

    private static FieldChange StateChange(RequestState from, RequestState to) =>
        Field("state", RequestStates.DisplayName(from), RequestStates.DisplayName(to));

    private void Record(ActionContext context, string action, string? text, params FieldChange[] changes)
    {
        _state = _state with { UpdatedAt = context.At, EventCount = _state.EventCount + 1 };
        _pendingEvents.Add(new AuditEvent(
            _state.Id, _state.EventCount, context.At, context.Actor, context.ActorName, context.Channel, action, changes, text));
    }

    private DomainResult Refused(string verb, string? hint) =>
        DomainResult.Refused(DomainErrorCodes.InvalidTransition,
            $"{Id} is {RequestStates.DisplayName(State)}, so it can't be {verb}" + (hint is null ? "." : $": {hint}."));
}
