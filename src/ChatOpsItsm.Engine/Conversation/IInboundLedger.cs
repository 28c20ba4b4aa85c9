namespace ChatOpsItsm.Engine.Conversation;

/// <summary>
/// The ids of inbound events already handled, kept for a configurable window (default 24 h), so a
/// redelivered Teams activity, Discord interaction or local post has no second effect.
/// </summary>
public interface IInboundLedger
{
    /// <summary>Records <paramref name="eventKey"/> (<c>platform:eventId</c>); false if it was already recorded within the window.</summary>
    Task<bool> TryRecordAsync(string eventKey, DateTimeOffset at, CancellationToken cancellationToken);
}
