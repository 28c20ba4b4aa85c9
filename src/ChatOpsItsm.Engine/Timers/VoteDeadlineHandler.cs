using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Delivery;

namespace ChatOpsItsm.Engine.Timers;

/// <summary>
/// A change's voting deadline falling due: re-reads the change and applies <see cref="Change.ApplyVotingDeadline"/> as
/// the bot, through the same conditional write as a vote. The policy rejects the change or escalates it once (the write
/// sets the next deadline's timer and tells the group's routes). A timer left over from before an escalation, or for a
/// vote already decided or canceled, does nothing.
/// </summary>
public sealed class VoteDeadlineHandler(ChangeUpdater updater)
{
    private const string Stale = "stale";
    private const string Early = "early";

    /// <summary>How long to wait before trying again when others kept changing the change.</summary>
    public static readonly TimeSpan BusyRetry = TimeSpan.FromMinutes(1);

    public async Task<DeliveryResult> HandleAsync(TimerWork timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        ChangeUpdate update = await updater.UpdateAsync(timer.Ticket, change => ApplyIfDue(change, timer, now), now, cancellationToken);
        return update.Status switch
        {
            ChangeUpdateStatus.Saved => DeliveryResult.Done(update.Change!.State == ChangeState.Rejected
                ? $"{timer.Ticket} was rejected at its voting deadline."
                : $"{timer.Ticket}'s vote was escalated."),
            ChangeUpdateStatus.NotFound => DeliveryResult.Skipped($"{timer.Ticket} does not exist."),
            ChangeUpdateStatus.Refused when update.Refusal!.Code == Early => DeliveryResult.Reschedule(update.Change!.Voting!.Deadline),
            ChangeUpdateStatus.Refused => DeliveryResult.Skipped(update.Refusal!.Message),
            ChangeUpdateStatus.Unchanged => DeliveryResult.Skipped($"{timer.Ticket} needed nothing."),
            _ => DeliveryResult.Reschedule(now + BusyRetry),
        };
    }

    private static DomainResult ApplyIfDue(Change change, TimerWork timer, DateTimeOffset now)
    {
        if (change.State != ChangeState.Authorize || change.Voting is not { } voting || voting.Decision is not null)
        {
            return DomainResult.Refused(Stale, $"{change.Id} is {ChangeStates.Phrase(change.State)}: its vote is over.");
        }

        if (timer.NotBefore < voting.Deadline)
        {
            return DomainResult.Refused(Stale, $"{change.Id}'s deadline moved to {ChangeWindow.Format(voting.Deadline)}; its own timer decides then.");
        }

        if (now + TimerHandler.Tolerance < voting.Deadline)
        {
            return DomainResult.Refused(Early, $"{change.Id}'s vote runs until {ChangeWindow.Format(voting.Deadline)}.");
        }

        // A timer handed over within the tolerance acts at the deadline itself, which the domain requires.
        DateTimeOffset at = now < voting.Deadline ? voting.Deadline : now;
        return change.ApplyVotingDeadline(SystemActor.At(at));
    }
}
