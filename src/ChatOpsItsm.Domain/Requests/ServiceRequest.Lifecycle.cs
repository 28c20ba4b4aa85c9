using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Domain.Requests;

public sealed partial class ServiceRequest
{
    /// <summary>Approved → In Fulfillment: whoever takes it becomes the assignee.</summary>
    public DomainResult Take(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (State != RequestState.Approved)
        {
            return Refused("taken", State switch
            {
                RequestState.AwaitingApproval => "wait for the approval",
                RequestState.InFulfillment => $"{_state.AssigneeName} is on it",
                _ => null,
            });
        }

        _state = _state with { State = RequestState.InFulfillment, Assignee = context.Actor, AssigneeName = context.ActorName };
        Record(context, AuditActions.Taken, null,
            StateChange(RequestState.Approved, RequestState.InFulfillment), Field("assignee", null, context.Actor.ToString()));
        return DomainResult.Ok;
    }

    /// <summary>In Fulfillment → Fulfilled, with optional notes for the requester.</summary>
    public DomainResult Fulfill(string? notes, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (State != RequestState.InFulfillment)
        {
            return Refused("fulfilled", State == RequestState.Approved ? $"take it first with `request take {Id}`" : null);
        }

        string text = TextRules.MultiLine(notes);
        if (TextRules.Check("notes", text, RequestLimits.NotesMaxLength, required: false) is { } error)
        {
            return new DomainResult(error);
        }

        _state = _state with { State = RequestState.Fulfilled, FulfilledAt = context.At, Notes = text.Length == 0 ? null : text };
        Record(context, AuditActions.Fulfilled, _state.Notes, StateChange(RequestState.InFulfillment, RequestState.Fulfilled));
        return DomainResult.Ok;
    }

    /// <summary>Fulfilled → Closed.</summary>
    public DomainResult Close(string? notes, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (State != RequestState.Fulfilled)
        {
            return Refused("closed", State is RequestState.Approved or RequestState.InFulfillment ? "fulfil it first" : null);
        }

        string text = TextRules.MultiLine(notes);
        if (TextRules.Check("notes", text, RequestLimits.NotesMaxLength, required: false) is { } error)
        {
            return new DomainResult(error);
        }

        _state = _state with { State = RequestState.Closed, ClosedAt = context.At };
        Record(context, AuditActions.Closed, text.Length == 0 ? null : text, StateChange(RequestState.Fulfilled, RequestState.Closed));
        return DomainResult.Ok;
    }

    /// <summary>Any state before Fulfilled → Canceled; an open vote ends without a decision.</summary>
    public DomainResult Cancel(string? reason, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!RequestStates.IsCancelable(State))
        {
            return Refused("canceled", null);
        }

        string text = TextRules.MultiLine(reason);
        if (TextRules.Check("reason", text, RequestLimits.ReasonMaxLength, required: false) is { } error)
        {
            return new DomainResult(error);
        }

        RequestState from = State;
        _state = _state with { State = RequestState.Canceled, ClosedAt = context.At };
        Record(context, AuditActions.Canceled, text.Length == 0 ? null : text, StateChange(from, RequestState.Canceled));
        return DomainResult.Ok;
    }
}
