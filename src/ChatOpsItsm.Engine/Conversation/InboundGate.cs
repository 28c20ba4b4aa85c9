namespace ChatOpsItsm.Engine.Conversation;

/// <summary>
/// The first step of every inbound event: records its id (<c>platform:eventId</c>) so a redelivery has no second
/// effect, and remembers where its sender was seen so the bot can reach them later. Both writes run together.
/// </summary>
public sealed class InboundGate(IInboundLedger ledger, IConversationReferences references)
{
    /// <returns>False when the event was already handled: the caller drops it.</returns>
    public async Task<bool> AdmitAsync(InboundEvent inbound, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        Task<bool> first = ledger.TryRecordAsync($"{inbound.Conversation.Platform}:{inbound.EventId}", now, cancellationToken);
        Task remembered = references.RememberAsync(
            new ConversationReference(inbound.Conversation, inbound.User.Identity, inbound.ChannelData, now), cancellationToken);
        await Task.WhenAll(first, remembered);
        return await first;
    }
}
