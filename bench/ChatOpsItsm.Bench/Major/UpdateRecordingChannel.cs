using System.Diagnostics;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsItsm.Bench.Major;

/// <summary>
/// Wraps the host's registered channel (the local one) and tells the <see cref="UpdateRecorder"/> the instant a message
/// is handed to it, before the channel writes anything, as <see cref="Hosting.RecordingOutboundChannel"/> does for the
/// delivery phases; this one also keeps the message's text, since a status update is found by the token in it. Opening a
/// thread is recorded when the channel returns it, so the bench learns the war room's address.
/// </summary>
internal sealed class UpdateRecordingChannel(IOutboundChannel inner, UpdateRecorder recorder) : IOutboundChannel
{
    public string Platform => inner.Platform;

    /// <summary>Replaces every registered <see cref="IOutboundChannel"/> by this decorator around it (<c>BenchAppFactory.ReplaceServices</c>).</summary>
    public static void WrapAll(IServiceCollection services, UpdateRecorder recorder)
    {
        ServiceDescriptor[] channels = [.. services.Where(descriptor => descriptor.ServiceType == typeof(IOutboundChannel))];
        foreach (ServiceDescriptor channel in channels)
        {
            services.Remove(channel);
            services.Add(new ServiceDescriptor(
                typeof(IOutboundChannel), provider => new UpdateRecordingChannel(Create(provider, channel), recorder), channel.Lifetime));
        }
    }

    public Task PostAsync(
        ConversationAddress conversation, Reply message, string deliveryKey, string? messageKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        recorder.Record(Stopwatch.GetTimestamp(), conversation.ToString(), messageKey, message);
        return inner.PostAsync(conversation, message, deliveryKey, messageKey, cancellationToken);
    }

    public Task SendDirectAsync(UserIdentity person, Reply message, string deliveryKey, CancellationToken cancellationToken)
    {
        recorder.Record(Stopwatch.GetTimestamp(), "dm " + person, null, message);
        return inner.SendDirectAsync(person, message, deliveryKey, cancellationToken);
    }

    public Task UpdateAsync(string messageKey, Reply message, CancellationToken cancellationToken)
    {
        recorder.Record(Stopwatch.GetTimestamp(), null, messageKey, message);
        return inner.UpdateAsync(messageKey, message, cancellationToken);
    }

    public async Task<ConversationAddress> OpenThreadAsync(
        ConversationAddress parent, string title, Reply firstMessage, string deliveryKey, CancellationToken cancellationToken)
    {
        long handed = Stopwatch.GetTimestamp();
        ConversationAddress thread = await inner.OpenThreadAsync(parent, title, firstMessage, deliveryKey, cancellationToken);
        recorder.Record(handed, thread.ToString(), null, firstMessage);
        recorder.RecordWarRoom(thread.ToString());
        return thread;
    }

    // Passed on: the engine may put the war room's link in what it sends, and the default would drop it.
    public string? LinkTo(ConversationAddress conversation) => inner.LinkTo(conversation);

    private static IOutboundChannel Create(IServiceProvider provider, ServiceDescriptor channel) =>
        channel.ImplementationInstance as IOutboundChannel
            ?? channel.ImplementationFactory?.Invoke(provider) as IOutboundChannel
            ?? (IOutboundChannel)ActivatorUtilities.CreateInstance(
                provider, channel.ImplementationType ?? throw new InvalidOperationException("An outbound channel has no implementation."));
}
