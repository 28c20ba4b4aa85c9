using System.Globalization;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Notifications;

/// <summary>
/// The outbound work a problem promises (issue 6 §3): whoever raised it hears of every state change made by someone else
/// (a known error's workaround and the resolution included). Work ids are derived from the problem and the event, so the
/// same promise made twice is delivered once.
/// </summary>
public sealed class ProblemOutbound(ProblemCards cards)
{
    public IReadOnlyList<OutboundWork> For(Problem problem, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(problem);
        List<OutboundWork> work = [];
        foreach (AuditEvent e in problem.PendingEvents)
        {
            FieldChange? state = e.Changes.FirstOrDefault(c => c.Field == "state");
            if (state?.OldValue is null || state.NewValue is null || e.Actor == problem.Requester)
            {
                continue;
            }

            string prefix = $"{problem.Id}:{e.Sequence.ToString(CultureInfo.InvariantCulture)}";
            string detail = e.Text is { Length: > 0 } text ? $": {(text.Length <= 300 ? text : text[..300] + "…")}" : ".";
            Person viewer = IncidentOutbound.Viewer(problem.Requester, problem.RequesterName, Role.Agent);
            Reply message = Reply.Show(
                cards.Render(problem, viewer),
                $"Your problem **{problem.Id}** ({problem.Title}) is now **{state.NewValue}** ({e.ActorName}){detail}");
            work.Add(new NotificationWork($"{prefix}:requester", now, DeliveryTarget.ToPerson(problem.Requester), message, null, Essential: false));
        }

        return work;
    }
}
