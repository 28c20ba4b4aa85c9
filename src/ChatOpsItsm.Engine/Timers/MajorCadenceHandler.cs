using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.MajorIncidents;

namespace ChatOpsItsm.Engine.Timers;

/// <summary>
/// A major incident's status update falling due (issue 7 §2). Claims the reminder with
/// <see cref="Incident.RecordCadenceReminder"/> through the same conditional write as any change: the domain refuses it
/// before <see cref="MajorIncident.NextUpdateDueAt"/>, so of the instances (or the older timers) firing for one interval
/// exactly one writes it, and that write's outbox carries the direct messages, the next timer and the board refresh.
/// A timer for an incident gone, no longer major or over does nothing, nor does one whose due time moved past it (the
/// write that moved it set the next timer); one handed over early is put back until the due time.
/// </summary>
public sealed class MajorCadenceHandler(IncidentUpdater updater)
{
    private const string NotDue = "not_due";
    private const string Over = "over";

    public async Task<DeliveryResult> HandleAsync(TimerWork timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        IncidentUpdate update = await updater.UpdateAsync(timer.Ticket, incident => ClaimIfDue(incident, timer, now), now, cancellationToken);
        return update.Status switch
        {
            IncidentUpdateStatus.Saved => DeliveryResult.Done($"{timer.Ticket}'s status update reminder went out."),
            IncidentUpdateStatus.NotFound => DeliveryResult.Skipped($"{timer.Ticket} does not exist."),
            IncidentUpdateStatus.Refused when update.Refusal!.Code == NotDue => DeliveryResult.Reschedule(update.Incident!.Major!.NextUpdateDueAt!.Value),

            // Unchanged: another instance, or a newer timer, claimed this interval's reminder first.
            IncidentUpdateStatus.Refused => DeliveryResult.Skipped(update.Refusal!.Message),

            // Others kept writing: the queue retries the timer with its backoff rather than losing the reminder.
            _ => throw new InvalidOperationException($"{timer.Ticket} kept changing; its status update reminder will be retried."),
        };
    }

    private static DomainResult ClaimIfDue(Incident incident, TimerWork timer, DateTimeOffset now)
    {
        if (incident.Major is not { } major)
        {
            return DomainResult.Refused(Over, $"{incident.Id} is not a major incident.");
        }

        if (major.NextUpdateDueAt is not { } due || !IncidentStates.IsOpen(incident.State))
        {
            return DomainResult.Refused(Over, $"{incident.Id}'s major incident is over.");
        }

        // Every write that moves the due time (an update, a snooze, a reminder, a reopen) sets its own timer: an older
        // one, or a second delivery of this one after another instance claimed the reminder, has nothing left to do.
        if (due > timer.NotBefore + TimerHandler.Tolerance)
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"{incident.Id}'s next status update is due {SlaText.Stamp(due)}; its own timer reminds then.");
        }

        if (due > now + TimerHandler.Tolerance)
        {
            return DomainResult.Refused(NotDue, $"{incident.Id}'s next status update is due later.");
        }

        // A timer handed over within the tolerance acts at the due instant itself, which the domain requires.
        DateTimeOffset at = now < due ? due : now;
        string reminded = string.Join(", ", MajorOutbound.Reminded(major, major.RemindersSent + 1).Select(holder => holder.Name));
        return incident.RecordCadenceReminder(reminded, SystemActor.At(at));
    }
}
