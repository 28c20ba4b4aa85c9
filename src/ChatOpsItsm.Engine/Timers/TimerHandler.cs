using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;

namespace ChatOpsItsm.Engine.Timers;

/// <summary>
/// Fires a timer by its kind: an SLA notice, the auto-close of a quiet resolved incident, a change's voting deadline, or
/// a major incident's status-update reminder.
/// </summary>
public sealed class TimerHandler(
    SlaTimerHandler sla, AutoCloseHandler autoClose, VoteDeadlineHandler voteDeadline, MajorCadenceHandler majorCadence)
{
    /// <summary>Work handed over this early counts as due: putting it back for a second would only cost a round trip.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(1);

    public Task<DeliveryResult> HandleAsync(TimerWork timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        TicketType expected = timer.Kind == TimerKind.VoteDeadline ? TicketType.Change : TicketType.Incident;
        if (timer.Ticket.Type != expected)
        {
            string kind = expected == TicketType.Change ? "changes" : "incidents";
            return Task.FromResult(DeliveryResult.Skipped($"{timer.Kind} timers are for {kind}; {timer.Ticket} is not one."));
        }

        return timer.Kind switch
        {
            TimerKind.AutoClose => autoClose.HandleAsync(timer, now, cancellationToken),
            TimerKind.ResponseWarning or TimerKind.ResponseBreach or TimerKind.ResolutionWarning or TimerKind.ResolutionBreach =>
                sla.HandleAsync(timer, now, cancellationToken),
            TimerKind.VoteDeadline => voteDeadline.HandleAsync(timer, now, cancellationToken),
            TimerKind.MajorCadence => majorCadence.HandleAsync(timer, now, cancellationToken),
            _ => Task.FromResult(DeliveryResult.Skipped($"Unknown timer kind {timer.Kind}.")),
        };
    }
}
