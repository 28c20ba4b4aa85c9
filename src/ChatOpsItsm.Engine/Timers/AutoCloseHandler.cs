using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Notifications;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Timers;

/// <summary>
/// Closes a resolved incident that stayed quiet for <see cref="ItsmOptions.AutoCloseAfter"/> (SPEC §2), as the bot,
/// through the same conditional write as a typed <c>incident close</c>; the requester hears it closed. An incident
/// reopened or closed meanwhile is left alone; one resolved again later waits for its new quiet period.
/// </summary>
public sealed class AutoCloseHandler(IncidentUpdater updater, IOptions<ItsmOptions> options)
{
    private const string NotDue = "not_due";

    /// <summary>How long to wait before trying again when others kept changing the incident.</summary>
    public static readonly TimeSpan BusyRetry = TimeSpan.FromMinutes(1);

    public async Task<DeliveryResult> HandleAsync(TimerWork timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        TimeSpan quiet = options.Value.AutoCloseAfter;
        IncidentUpdate update = await updater.UpdateAsync(timer.Ticket, incident => CloseIfDue(incident, now, quiet), now, cancellationToken);
        return update.Status switch
        {
            IncidentUpdateStatus.Saved => DeliveryResult.Done($"{timer.Ticket} closed itself."),
            IncidentUpdateStatus.NotFound => DeliveryResult.Skipped($"{timer.Ticket} does not exist."),
            IncidentUpdateStatus.Refused when update.Refusal!.Code == NotDue =>
                DeliveryResult.Reschedule(IncidentOutbound.DueAt(update.Incident!, TimerKind.AutoClose, now, quiet)),
            IncidentUpdateStatus.Refused => DeliveryResult.Skipped(update.Refusal!.Message),
            _ => DeliveryResult.Reschedule(now + BusyRetry),
        };
    }

    private static DomainResult CloseIfDue(Incident incident, DateTimeOffset now, TimeSpan quiet)
    {
        DateTimeOffset due = IncidentOutbound.DueAt(incident, TimerKind.AutoClose, now, quiet);
        if (incident.State == IncidentState.Resolved && due > now + TimerHandler.Tolerance)
        {
            return DomainResult.Refused(NotDue, $"{incident.Id} closes itself at {SlaText.Stamp(due)}.");
        }

        // Refused unless the incident is still Resolved: a reopened or closed incident stays as it is.
        return incident.Close(SystemActor.At(now));
    }
}
