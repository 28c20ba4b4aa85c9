namespace ChatOpsItsm.Engine.Delivery;

/// <summary>
/// Work a command promised to do later, recorded in the same transaction as the ticket change (an outbox)
/// and carried by the queue. <see cref="WorkId"/> is the idempotency key: a redelivered item has no second
/// visible effect. Nothing happens before <see cref="NotBefore"/>.
/// </summary>
public abstract record OutboundWork(string WorkId, DateTimeOffset NotBefore);
