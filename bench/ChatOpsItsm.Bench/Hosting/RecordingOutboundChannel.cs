using ChatOpsItsm.Bench.Delivery;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Bench.Hosting;

/// <summary>
/// Wraps the host's registered channel (the local one) and tells the <see cref="DeliveryRecorder"/> the instant a
/// post or direct message is handed to it, before the channel writes anything: the end of what the delivery
/// benchmark times. Everything else passes through unchanged.
/// </summary>
internal sealed class RecordingOutboundChannel(IOutboundChannel inner, DeliveryRecorder recorder) : IOutboundChannel
{
    public string Platform => inner.Platform;

    public Task PostAsync(
        ConversationAddress conversation, Reply message, string deliveryKey, string? messageKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        recorder.Record(deliveryKey, conversation.ToString());
        return inner.PostAsync(conversation, message, deliveryKey, messageKey, cancellationToken);
    }

    public Task SendDirectAsync(UserIdentity person, Reply message, string deliveryKey, CancellationToken cancellationToken)
    {
        recorder.Record(deliveryKey, "dm " + person);
        return inner.SendDirectAsync(person, message, deliveryKey, cancellationToken);
    }

    public Task UpdateAsync(string messageKey, Reply message, CancellationToken cancellationToken) =>
        inner.UpdateAsync(messageKey, message, cancellationToken);

    public Task<ConversationAddress> OpenThreadAsync(
        ConversationAddress parent, string title, Reply firstMessage, string deliveryKey, CancellationToken cancellationToken) =>
        inner.OpenThreadAsync(parent, title, firstMessage, deliveryKey, cancellationToken);
}
