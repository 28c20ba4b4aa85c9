using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>The request card: the item, its field values, the approval, the fulfiller, recent history and the buttons its viewer may use.</summary>
public sealed class RequestCards(IOptions<ItsmOptions> options)
{
    private const int HistoryLines = 15;

    public Card Render(ServiceRequest request, Person viewer, IReadOnlyList<AuditEvent>? history = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        List<CardFact> facts =
        [
            new("State", RequestStates.DisplayName(request.State)),
            new("Item", request.ItemLabel),
            new("Requester", request.RequesterName),
            new("Approval", RequestText.Approval(request)),
            new("Fulfilment", $"{request.FulfillmentGroup}, {request.AssigneeName ?? "not taken yet"}"),
        ];
        List<string?> parts = [RequestText.Fields(request), request.Voting is null ? null : RequestText.Votes(request.Voting)];
        if (request.ToSnapshot().Notes is { } notes)
        {
            parts.Add($"**Notes:** {notes}");
        }

        if (history is { Count: > 0 })
        {
            parts.Add("**History**\n" + string.Join('\n', history.TakeLast(HistoryLines).Select(e => $"- {ChangeWindow.Format(e.At)} · {e.ActorName} · {e.Action}")));
        }

        return new Card($"{request.Id} · {request.ItemLabel}", facts, string.Join("\n\n", parts.OfType<string>()), Buttons(request, viewer), [])
        {
            Link = LinkTo(request),
        };
    }

    public string? LinkTo(ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? baseUrl = options.Value.PublicBaseUrl?.TrimEnd('/');
        return baseUrl is null ? null : $"{baseUrl}/api/tickets/{request.Id}";
    }

    private static List<CardButton> Buttons(ServiceRequest request, Person viewer)
    {
        Dictionary<string, string> data = new() { ["id"] = request.Id.ToString() };
        List<CardButton> buttons = [];
        if (request.State == RequestState.Approved && RequestPermissions.MayAct(viewer, RequestOperation.Take, request))
        {
            buttons.Add(new("Take", "request.take", data, ButtonStyle.Primary));
        }

        if (request.State == RequestState.InFulfillment && RequestPermissions.MayAct(viewer, RequestOperation.Fulfill, request))
        {
            buttons.Add(new("Fulfil", "form.request.fulfill", data, ButtonStyle.Primary));
        }

        if (request.State == RequestState.Fulfilled && RequestPermissions.MayAct(viewer, RequestOperation.Close, request))
        {
            buttons.Add(new("Close", "request.close", data));
        }

        if (RequestStates.IsCancelable(request.State) && RequestPermissions.MayAct(viewer, RequestOperation.Cancel, request))
        {
            buttons.Add(new("Cancel request", "form.request.cancel", data, ButtonStyle.Danger));
        }

        return buttons;
    }
}
