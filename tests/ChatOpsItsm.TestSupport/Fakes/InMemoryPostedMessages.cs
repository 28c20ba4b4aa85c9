using System.Collections.Concurrent;
using ChatOpsItsm.Engine.Delivery;

namespace ChatOpsItsm.TestSupport.Fakes;

/// <summary>The posted-messages port in memory, one copy per key and conversation, as the table store keeps them.</summary>
public sealed class InMemoryPostedMessages : IPostedMessages
{
    private readonly ConcurrentDictionary<(string Key, string Conversation), PostedMessage> _rows = new();

    public IReadOnlyCollection<PostedMessage> All => [.. _rows.Values];

    public Task RecordAsync(PostedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        _rows[(message.MessageKey, message.Conversation.ToString())] = message;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PostedMessage>> FindAsync(string messageKey, string platform, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PostedMessage>>(
            [.. _rows.Values.Where(row => row.MessageKey == messageKey && row.Conversation.Platform == platform)]);
}
