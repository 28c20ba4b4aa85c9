using System.Collections.Concurrent;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>
/// A channel for a made-up platform that records every call it gets, deliberately not idempotent, so a test sees
/// a second delivery that the local channel's store would hide. One instance can serve several hosts. While
/// <see cref="Failing"/> is set, every call throws, as an unreachable platform would.
/// </summary>
public sealed class RecordingChannel(string platform) : IOutboundChannel
{
    private readonly ConcurrentQueue<string> _texts = new();
    private volatile bool _failing;

    public string Platform => platform;

    public bool Failing
    {
        get => _failing;
        set => _failing = value;
    }

    /// <summary>The text of every message delivered, in the order the calls arrived.</summary>
    public IReadOnlyList<string> Texts => [.. _texts];

    public int Count(string fragment) => _texts.Count(text => text.Contains(fragment, StringComparison.Ordinal));

    public Task PostAsync(ConversationAddress conversation, Reply message, string deliveryKey, string? messageKey, CancellationToken cancellationToken) =>
        RecordAsync(message);

    public Task SendDirectAsync(UserIdentity person, Reply message, string deliveryKey, CancellationToken cancellationToken) =>
        RecordAsync(message);

    public Task UpdateAsync(string messageKey, Reply message, CancellationToken cancellationToken) => RecordAsync(message);

    public async Task<ConversationAddress> OpenThreadAsync(
        ConversationAddress parent, string title, Reply firstMessage, string deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parent);
        await RecordAsync(firstMessage);
        return parent with { ConversationId = $"{parent.ConversationId}/{title}" };
    }

    private Task RecordAsync(Reply message)
    {
        if (_failing)
        {
            throw new HttpRequestException($"The {platform} platform is unreachable (test).");
        }

        _texts.Enqueue(message.Text ?? message.Card?.Title ?? "");
        return Task.CompletedTask;
    }
}
