using System.Globalization;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Releases;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Notifications;

/// <summary>
/// The outbound work a release promises: its owner hears of every state change made by someone else. The changes it
/// deploys tell their own requesters, through their own updates (<see cref="ChangeOutbound"/>).
/// </summary>
public sealed class ReleaseOutbound(ReleaseCards cards)
{
    public IReadOnlyList<OutboundWork> For(Release release, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(release);
        List<OutboundWork> work = [];
        foreach (AuditEvent e in release.PendingEvents)
        {
            FieldChange? state = e.Changes.FirstOrDefault(c => c.Field == "state");
            if (state?.NewValue is null || state.OldValue is null || release.Owner == e.Actor)
            {
                continue;
            }

            string detail = e.Text is { Length: > 0 } text ? $": {(text.Length <= 300 ? text : text[..300] + "…")}" : ".";
            Person viewer = IncidentOutbound.Viewer(release.Owner, release.OwnerName);
            Reply message = Reply.Show(
                cards.Render(release, viewer),
                $"Your release **{release.Id}** ({release.Title}) is now **{state.NewValue}** ({e.ActorName}){detail}");
            work.Add(new NotificationWork(
                $"{release.Id}:{e.Sequence.ToString(CultureInfo.InvariantCulture)}:owner", now, DeliveryTarget.ToPerson(release.Owner), message, null, Essential: false));
        }

        return work;
    }
}
