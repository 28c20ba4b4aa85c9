using System.Globalization;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Requests;

namespace ChatOpsItsm.Engine.Notifications;

/// <summary>
/// The outbound work a service request promises (issue 6 §2): the requester hears of every state change made by someone
/// else; the approvers (the manager by direct message, a group on its <c>Itsm:Routes:Approvers</c> routes) get the
/// approval card when approval is requested and the same card, updated in place, after every vote, the decision or a
/// cancellation; the fulfilment group's routes hear of every request once it is approved.
/// </summary>
public sealed class RequestOutbound(CatalogSettings catalog, ChangeSettings groups, RequestCards cards, ApprovalCards approvalCards)
{
    public IReadOnlyList<OutboundWork> For(ServiceRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        List<OutboundWork> work = [];
        foreach (AuditEvent e in request.PendingEvents)
        {
            string prefix = $"{request.Id}:{e.Sequence.ToString(CultureInfo.InvariantCulture)}";
            NotifyRequester(request, e, prefix, now, work);
            if (e.Action == AuditActions.Approved)
            {
                TellFulfillers(request, prefix, now, work);
            }
        }

        if (request.Voting is not null && request.PendingEvents.Any(e => e.Action is AuditActions.ApprovalRequested or AuditActions.Voted
            or AuditActions.Approved or AuditActions.Rejected or AuditActions.Canceled))
        {
            AddApprovalCards(request, now, work);
        }

        return work;
    }

    /// <summary>Where the approval card goes: the manager in person, or the group's routes.</summary>
    public IReadOnlyList<DeliveryTarget> Approvers(ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ApprovalKind == RequestApprovalKind.Manager && request.Approver is { } manager)
        {
            return [DeliveryTarget.ToPerson(manager)];
        }

        return request.Voting is { } voting ? [.. groups.RoutesOf(voting.Policy.Group).Select(DeliveryTarget.ToConversation)] : [];
    }

    /// <summary>A new work id per version (the last event's number), so each refresh is delivered; one message key, so it updates in place.</summary>
    private void AddApprovalCards(ServiceRequest request, DateTimeOffset now, List<OutboundWork> work)
    {
        string version = request.PendingEvents[^1].Sequence.ToString(CultureInfo.InvariantCulture);
        Reply card = Reply.Show(approvalCards.Render(request));
        foreach (DeliveryTarget target in Approvers(request))
        {
            work.Add(new NotificationWork($"{request.Id}:{version}:approval-card:{target}", now, target, card, ApprovalCards.Key(request), Essential: true));
        }
    }

    private void TellFulfillers(ServiceRequest request, string prefix, DateTimeOffset now, List<OutboundWork> work)
    {
        Person agent = IncidentOutbound.Viewer(request.Requester, request.RequesterName, Role.Agent);
        Reply message = Reply.Show(cards.Render(request, agent), $"**{request.Id}** ({request.ItemLabel}) for {request.RequesterName} is approved and waits to be taken.");
        foreach (ConversationAddress route in catalog.FulfillmentRoutes(request.FulfillmentGroup))
        {
            work.Add(new NotificationWork($"{prefix}:fulfillment:{route}", now, DeliveryTarget.ToConversation(route), message, null, Essential: true));
        }
    }

    private void NotifyRequester(ServiceRequest request, AuditEvent e, string prefix, DateTimeOffset now, List<OutboundWork> work)
    {
        FieldChange? state = e.Changes.FirstOrDefault(c => c.Field == "state");
        if (state?.NewValue is null || request.Requester == e.Actor)
        {
            return;
        }

        string detail = e.Text is { Length: > 0 } text ? $": {(text.Length <= 300 ? text : text[..300] + "…")}" : ".";
        Person viewer = IncidentOutbound.Viewer(request.Requester, request.RequesterName);
        Reply message = Reply.Show(
            cards.Render(request, viewer),
            $"Your request **{request.Id}** ({request.ItemLabel}) is now **{state.NewValue}** ({e.ActorName}){detail}");
        work.Add(new NotificationWork($"{prefix}:requester", now, DeliveryTarget.ToPerson(request.Requester), message, null, Essential: true));
    }
}
