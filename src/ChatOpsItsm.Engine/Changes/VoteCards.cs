using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>
/// The vote card the approver group's routes get and see updated in place (issue 6): the change's facts, the tally,
/// who voted how, and Approve / Reject / Abstain while the vote is open; once decided or canceled, no buttons and the
/// outcome stated. Every reader sees the same card: each click is checked when it arrives.
/// </summary>
public sealed class VoteCards(ChangeCards cards)
{
    public Card Render(Change change, IReadOnlyList<ScheduledChange> overlaps)
    {
        ArgumentNullException.ThrowIfNull(change);
        ChangeVoting voting = change.Voting ?? throw new ArgumentException($"{change.Id} has no vote.", nameof(change));
        VoteTally tally = voting.Tally;
        List<CardFact> facts =
        [
            new("Type", ChangeText.Lower(change.Type)),
            new("Risk", ChangeText.Lower(change.Risk)),
            new("Service", change.Service),
            new("Window", change.PlannedWindow.ToString()),
            new("Requester", change.RequesterName),
            new("Votes", ChangeText.Tally(tally)),
            new("Deadline", ChangeWindow.Format(voting.Deadline) + (voting.IsEscalated ? " (escalated)" : "")),
        ];
        List<string> body = [.. new[] { Outcome(change, voting), ChangeText.Overlaps(overlaps), ChangeText.Votes(tally) }.OfType<string>()];
        return new Card($"Vote: {change.Id} · {change.Title}", facts, string.Join("\n\n", body), Buttons(change), [])
        {
            Link = cards.LinkTo(change),
        };
    }

    private static string? Outcome(Change change, ChangeVoting voting) => voting.Decision switch
    {
        ChangeDecision.Approved => $"✅ **Approved** {ChangeWindow.Format(voting.DecidedAt ?? change.UpdatedAt)}: voting is closed.",
        ChangeDecision.Rejected => $"❌ **Rejected** {ChangeWindow.Format(voting.DecidedAt ?? change.UpdatedAt)}: voting is closed.",
        _ when change.State == ChangeState.Canceled => "**Canceled**: voting is closed.",
        _ => $"{change.RequesterName} asks the {voting.Policy.Group} to vote by {ChangeWindow.Format(voting.Deadline)}.",
    };

    private static List<CardButton> Buttons(Change change)
    {
        if (change.State != ChangeState.Authorize)
        {
            return [];
        }

        Dictionary<string, string> data = new() { ["id"] = change.Id.ToString() };
        return
        [
            new("Approve", "change.approve", data, ButtonStyle.Primary),
            new("Reject", "form.change.reject", data, ButtonStyle.Danger),
            new("Abstain", "change.abstain", data),
        ];
    }
}
