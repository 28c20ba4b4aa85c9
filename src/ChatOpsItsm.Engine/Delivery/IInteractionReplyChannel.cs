namespace ChatOpsItsm.Engine.Delivery;

/// <summary>
/// A channel whose platform answers interactions through a short-lived reply route (Discord's interaction webhook).
/// Implemented by that platform's <see cref="IOutboundChannel"/>. Calling again with the same work has no second
/// visible effect; throw on failure and the delivery worker retries.
/// </summary>
public interface IInteractionReplyChannel
{
    Task DeliverAsync(InteractionReplyWork work, CancellationToken cancellationToken);
}
