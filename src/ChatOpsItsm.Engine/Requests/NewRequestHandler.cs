using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>
/// <c>request new &lt;item&gt; field:value…</c>, typed or submitted from its form: anyone may request a catalog item. Missing
/// or invalid fields are answered with the item's form holding what was given; a complete request is stored, straight in
/// Approved when the item needs no approval, else Awaiting Approval with the approval card on its way.
/// </summary>
public sealed class NewRequestHandler(IRequestStore store, CatalogSettings catalog, ChangeSettings groups, RequestCards cards, RequestOutbound outbound)
{
    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.FirstProblem() is { } problem)
        {
            return RequestReplies.Say(problem);
        }

        string? key = arguments.Text("item");
        if (catalog.Find(key) is not { } item)
        {
            string known = string.Join(", ", catalog.Items.Select(i => i.Key));
            return RequestReplies.Say(key is null
                ? $"Which item? Usage: `request new <item> field:value…`; the catalog has: {known}. See `request catalog`."
                : $"`{(key.Length <= 40 ? key : key[..40] + "…")}` is not in the catalog; choose one of: {known}.");
        }

        Dictionary<string, string> values = RequestFieldValues.Read(item, arguments.Values, context.Event.User.Identity);
        IReadOnlyList<string> missing = item.Missing(values);
        IReadOnlyList<DomainError> invalid = item.Check(values).Errors;
        if (missing.Count > 0 || invalid.Count > 0)
        {
            string text = missing.Count > 0
                ? $"Almost there: I still need the {string.Join(", ", missing)}."
                : string.Join(' ', invalid.Select(e => e.Message));
            return EngineResponse.Of(Reply.Show(RequestForms.For(item, values), text));
        }

        int? eligible = item.Approval.Group is { } group ? groups.EligibleApprovers(group, context.Person.PrimaryIdentity) : null;
        UserIdentity? manager = catalog.ManagerOf(context.Person.PrimaryIdentity);
        IReadOnlyList<DomainError> refused = ServiceRequest.Submit(new TicketId(TicketType.Request, TicketId.FirstNumber), item, values, manager, eligible, context.Action).Errors;
        if (refused.Count > 0)
        {
            return RequestReplies.Say(string.Join(' ', refused.Select(e => e.Message)));
        }

        ServiceRequest request = await store.CreateAsync(
            id => ServiceRequest.Submit(id, item, values, manager, eligible, context.Action).Request
                ?? throw new InvalidOperationException("A checked request was refused."),
            created => outbound.For(created, context.Now),
            cancellationToken);
        return EngineResponse.Of(Reply.Show(cards.Render(request, context.Person), Confirmation(request)));
    }

    private string Confirmation(ServiceRequest request) => request.ApprovalKind switch
    {
        RequestApprovalKind.None => $"Submitted **{request.Id}** ({request.ItemLabel}). It needs no approval, so it is Approved and with the {request.FulfillmentGroup} team.",
        RequestApprovalKind.Manager => $"Submitted **{request.Id}** ({request.ItemLabel}): waiting for your manager's approval; I'll tell you when they decide.",
        _ => $"Submitted **{request.Id}** ({request.ItemLabel}): waiting for the {request.Voting!.Policy.Group} to approve"
            + (groups.RoutesOf(request.Voting.Policy.Group).Count == 0 ? $" (no route is configured for them: they can type `request approve {request.Id}`)." : "."),
    };
}
