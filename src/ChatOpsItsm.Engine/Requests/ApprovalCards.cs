using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>
/// The approval card the approvers get (the manager by direct message, a group on its routes) and see updated in place
/// under <c>approval-card:REQ-1001</c>, like the change vote card: the request, its fields, the votes, and Approve / Reject
/// while it awaits approval; once decided or canceled, no buttons and the outcome stated.
/// </summary>
public sealed class ApprovalCards(RequestCards cards)
{
    public static string Key(ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"approval-card:{request.Id}";
    }

    public Card Render(ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ChangeVoting voting = request.Voting ?? throw new ArgumentException($"{request.Id} needs no approval.", nameof(request));
        List<CardFact> facts =
        [
            new("Item", request.ItemLabel),
            new("Requester", request.RequesterName),
            new("Approval", RequestText.Approval(request)),
        ];
        string outcome = voting.Decision switch
        {
            ChangeDecision.Approved => $"✅ **Approved** {ChangeWindow.Format(voting.DecidedAt ?? request.UpdatedAt)}.",
            ChangeDecision.Rejected => $"❌ **Rejected** {ChangeWindow.Format(voting.DecidedAt ?? request.UpdatedAt)}.",
            _ when request.State == RequestState.Canceled => "**Canceled** by the requester: nothing to approve.",
            _ => $"{request.RequesterName} asks for your approval.",
        };
        string body = string.Join("\n\n", new[] { outcome, RequestText.Fields(request), RequestText.Votes(voting) }.OfType<string>());
        return new Card($"Approve? {request.Id} · {request.ItemLabel}", facts, body, Buttons(request), []) { Link = cards.LinkTo(request) };
    }

    private static List<CardButton> Buttons(ServiceRequest request)
    {
        if (request.State != RequestState.AwaitingApproval)
        {
            return [];
        }

        Dictionary<string, string> data = new() { ["id"] = request.Id.ToString() };
        return
        [
            new("Approve", "request.approve", data, ButtonStyle.Primary),
            new("Reject", "form.request.reject", data, ButtonStyle.Danger),
        ];
    }
}
