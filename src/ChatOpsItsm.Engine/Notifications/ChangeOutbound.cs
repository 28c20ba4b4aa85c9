using System.Globalization;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Timers;

namespace ChatOpsItsm.Engine.Notifications;

/// <summary>
/// The outbound work a change promises (SPEC §4, issue 6): the requester hears of every state change made by someone
/// else (the vote's decision is essential); the approver group's routes get the vote card when the vote opens and the
/// same card, updated in place, after every vote, the decision, an escalation or a cancellation, plus a word on the
/// decision and an escalation; the deadline timer is set when the vote opens and again when it is escalated.
/// </summary>
public sealed class ChangeOutbound(ChangeSettings settings, ChangeCards cards, VoteCards voteCards)
{
    /// <summary>The key every copy of a change's vote card is posted and updated under.</summary>
    public static string VoteCardKey(Change change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return $"vote-card:{change.Id}";
    }

    /// <summary>Whether the work for the change's pending events shows the vote card, which lists overlapping changes.</summary>
    public static bool ShowsOverlaps(Change change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.PendingEvents.Any(e => e.Action == AuditActions.Submitted) || RefreshesVoteCard(change);
    }

    /// <summary>The deadline timer: one per change and due instant, so setting it twice changes nothing.</summary>
    public static TimerWork DeadlineTimer(Change change, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new TimerWork($"{change.Id}:timer:{TimerKind.VoteDeadline}:{at.UtcTicks.ToString(CultureInfo.InvariantCulture)}", at, TimerKind.VoteDeadline, change.Id);
    }

    public IReadOnlyList<OutboundWork> For(Change change, DateTimeOffset now, IReadOnlyList<ScheduledChange> overlaps)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(overlaps);
        List<OutboundWork> work = [];
        foreach (AuditEvent e in change.PendingEvents)
        {
            string prefix = $"{change.Id}:{e.Sequence.ToString(CultureInfo.InvariantCulture)}";
            NotifyRequester(change, e, prefix, now, work);
            switch (e.Action)
            {
                case AuditActions.Submitted when change.Voting is { } voting:
                    work.Add(DeadlineTimer(change, voting.Deadline));
                    break;
                case AuditActions.Escalated when change.Voting is { } voting:
                    work.Add(DeadlineTimer(change, voting.Deadline));
                    TellRoutes(change, prefix, now, work,
                        $"⚠ The vote on **{change.Id}** ({change.Title}) is escalated: {e.Text} Please vote on the card.");
                    break;
                case AuditActions.Approved or AuditActions.Rejected:
                    TellRoutes(change, prefix, now, work, $"**{change.Id}** ({change.Title}) is {e.Action}: {e.Text}");
                    break;
                default:
                    break;
            }
        }

        if (RefreshesVoteCard(change))
        {
            AddVoteCards(change, now, overlaps, work);
        }

        return work;
    }

    private static bool RefreshesVoteCard(Change change) =>
        change.Voting is not null
        && change.PendingEvents.Any(e => e.Action is AuditActions.Submitted or AuditActions.Voted or AuditActions.Approved
            or AuditActions.Rejected or AuditActions.Escalated or AuditActions.Canceled);

    /// <summary>A new work id per version (the last event's number), so each refresh is delivered; one message key, so it updates in place.</summary>
    private void AddVoteCards(Change change, DateTimeOffset now, IReadOnlyList<ScheduledChange> overlaps, List<OutboundWork> work)
    {
        string version = change.PendingEvents[^1].Sequence.ToString(CultureInfo.InvariantCulture);
        Reply card = Reply.Show(voteCards.Render(change, overlaps));
        foreach (ConversationAddress route in settings.RoutesOf(change.Voting!.Policy.Group))
        {
            work.Add(new NotificationWork(
                $"{change.Id}:{version}:vote-card:{route}", now, DeliveryTarget.ToConversation(route), card, VoteCardKey(change), Essential: true));
        }
    }

    private void TellRoutes(Change change, string prefix, DateTimeOffset now, List<OutboundWork> work, string text)
    {
        foreach (ConversationAddress route in settings.RoutesOf(change.Voting!.Policy.Group))
        {
            work.Add(new NotificationWork($"{prefix}:approvers:{route}", now, DeliveryTarget.ToConversation(route), Reply.Say(text), null, Essential: true));
        }
    }

    private void NotifyRequester(Change change, AuditEvent e, string prefix, DateTimeOffset now, List<OutboundWork> work)
    {
        FieldChange? state = e.Changes.FirstOrDefault(c => c.Field == "state");
        if (state?.NewValue is null || change.Requester == e.Actor)
        {
            return;
        }

        bool decision = e.Action is AuditActions.Approved or AuditActions.Rejected;
        string detail = e.Text is { Length: > 0 } text ? $": {(text.Length <= 300 ? text : text[..300] + "…")}" : ".";
        string by = e.Actor == SystemActor.Identity ? "" : $" ({e.ActorName})";
        Person viewer = IncidentOutbound.Viewer(change.Requester, change.RequesterName);
        Reply message = Reply.Show(
            cards.Render(change, viewer, now),
            $"Your change **{change.Id}** ({change.Title}) is now **{state.NewValue}**{by}{detail}");
        work.Add(new NotificationWork($"{prefix}:requester", now, DeliveryTarget.ToPerson(change.Requester), message, null, Essential: decision));
    }
}
