namespace ChatOpsItsm.Engine.Delivery;

/// <summary>
/// Queues work that is not tied to a ticket change (a ticket change records its work through the ticket store's
/// outbox instead, in the same transaction). Delayed work waits on the queue until its NotBefore.
/// </summary>
public interface IWorkScheduler
{
    Task ScheduleAsync(OutboundWork work, CancellationToken cancellationToken);
}
