using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>The buttons a change card offers its viewer in the change's state; a click is checked again when it arrives.</summary>
public static class ChangeButtons
{
    public static List<CardButton> For(Change change, Person viewer)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(viewer);
        List<CardButton> buttons = [];
        Dictionary<string, string> data = new() { ["id"] = change.Id.ToString() };
        void Offer(ChangeOperation operation, string label, string actionId, ButtonStyle style = ButtonStyle.Default, bool workersOnly = false)
        {
            if (ChangePermissions.MayAct(viewer, operation, change) && (!workersOnly || viewer.WorksIncidents))
            {
                buttons.Add(new CardButton(label, actionId, data, style));
            }
        }

        switch (change.State)
        {
            case ChangeState.Draft:
                Offer(ChangeOperation.Submit, "Submit", "change.submit", ButtonStyle.Primary);
                Offer(ChangeOperation.Cancel, "Cancel", "form.change.cancel", ButtonStyle.Danger);
                break;
            case ChangeState.Authorize:
                if (change.Voting is { } voting && viewer.IsApprover(voting.Policy.Group) && !viewer.Is(change.Requester))
                {
                    Offer(ChangeOperation.Vote, "Approve", "change.approve", ButtonStyle.Primary);
                    Offer(ChangeOperation.Vote, "Reject", "form.change.reject", ButtonStyle.Danger);
                    Offer(ChangeOperation.Vote, "Abstain", "change.abstain");
                }

                Offer(ChangeOperation.Cancel, "Cancel", "form.change.cancel");
                break;
            case ChangeState.Scheduled:
                Offer(ChangeOperation.Start, "Start", "change.start", ButtonStyle.Primary, workersOnly: true);
                Offer(ChangeOperation.Cancel, "Cancel", "form.change.cancel", ButtonStyle.Danger);
                break;
            case ChangeState.Implementing:
                Offer(ChangeOperation.Complete, "Complete", "form.change.complete", ButtonStyle.Primary, workersOnly: true);
                Offer(ChangeOperation.Fail, "Failed", "form.change.fail", ButtonStyle.Danger, workersOnly: true);
                break;
            case ChangeState.Failed:
                Offer(ChangeOperation.Review, "Review", "form.change.review", ButtonStyle.Primary, workersOnly: true);
                break;
            case ChangeState.Review:
                Offer(ChangeOperation.Close, "Close", "form.change.close", ButtonStyle.Primary);
                break;
            default:
                break;
        }

        return buttons;
    }
}
