namespace ChatOpsItsm.Engine.Delivery;

/// <summary>
/// Carries out one queued work item: sends a notification through its channel, or fires a timer. Called by
/// the delivery workers of every instance; must tolerate being called again for the same item (it checks the
/// ledger). Throws when the item should be retried.
/// </summary>
public interface IDeliveryHandler
{
    Task<DeliveryResult> HandleAsync(OutboundWork work, CancellationToken cancellationToken);
}
