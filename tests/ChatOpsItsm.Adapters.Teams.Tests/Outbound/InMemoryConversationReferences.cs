using System.Collections.Concurrent;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Adapters.Teams.Tests.Outbound;

/// <summary>The conversation references port in memory: the last reference per conversation and per person.</summary>
internal sealed class InMemoryConversationReferences : IConversationReferences
{
    private readonly ConcurrentDictionary<ConversationAddress, ConversationReference> _conversations = new();
    private readonly ConcurrentDictionary<UserIdentity, ConversationReference> _people = new();

    public Task RememberAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        _conversations[reference.Conversation] = reference;
        if (reference.User is { } user)
        {
            _people[user] = reference;
        }

        return Task.CompletedTask;
    }

    public Task<ConversationReference?> FindPersonAsync(UserIdentity person, CancellationToken cancellationToken) =>
        Task.FromResult(_people.TryGetValue(person, out ConversationReference? reference) ? reference : null);

    public Task<ConversationReference?> FindConversationAsync(ConversationAddress conversation, CancellationToken cancellationToken) =>
        Task.FromResult(_conversations.TryGetValue(conversation, out ConversationReference? reference) ? reference : null);
}
