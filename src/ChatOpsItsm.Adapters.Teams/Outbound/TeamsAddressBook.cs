using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Adapters.Teams.Outbound;

/// <summary>
/// Reads (and for new threads writes) Teams conversation references through the engine's
/// <see cref="IConversationReferences"/>. Nothing is cached in memory: another instance may have seen the newer one.
/// </summary>
internal sealed class TeamsAddressBook(IConversationReferences references, TimeProvider timeProvider)
{
    public const string Platform = "teams";

    /// <exception cref="InvalidOperationException">The bot never saw the conversation, or its reference has no service URL.</exception>
    public async Task<TeamsConversation> ConversationAsync(ConversationAddress conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ConversationReference reference = await references.FindConversationAsync(conversation, cancellationToken)
            ?? throw new InvalidOperationException($"The bot has no reference for the Teams conversation {conversation.ConversationId}: it must see an activity there first.");
        IReadOnlyDictionary<string, string> data = reference.ChannelData;
        return new TeamsConversation(
            ServiceUrlOf(data, conversation.ConversationId),
            conversation.ConversationId,
            Value(data, ReferenceKeys.TenantId),
            Value(data, ReferenceKeys.ChannelId),
            Value(data, ReferenceKeys.BotId));
    }

    /// <exception cref="InvalidOperationException">The person was never seen on Teams, or where is unknown.</exception>
    public async Task<TeamsPerson> PersonAsync(UserIdentity person, CancellationToken cancellationToken)
    {
        ConversationReference reference = await references.FindPersonAsync(person, cancellationToken)
            ?? throw new InvalidOperationException($"The bot never saw {person} on Teams, so it cannot open a chat with them.");
        IReadOnlyDictionary<string, string> data = reference.ChannelData;
        string tenant = Value(data, ReferenceKeys.TenantId)
            ?? throw new InvalidOperationException($"The Teams reference of {person} has no tenant.");

        // Teams accepts the Entra object id as a member id; the bot-scoped 29: id is preferred when known.
        string member = Value(data, ReferenceKeys.UserId) ?? person.Id;
        return new TeamsPerson(ServiceUrlOf(data, reference.Conversation.ConversationId), tenant, member);
    }

    /// <summary>Remembers a thread the bot opened, with its channel's addressing, so later posts can reach it.</summary>
    public async Task RememberThreadAsync(TeamsConversation channel, string threadId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        Dictionary<string, string> data = new(StringComparer.Ordinal)
        {
            [ReferenceKeys.ServiceUrl] = channel.ServiceUrl,
            [ReferenceKeys.ConversationType] = "channel",
        };
        Add(data, ReferenceKeys.TenantId, channel.TenantId);
        Add(data, ReferenceKeys.ChannelId, channel.ChannelId);
        Add(data, ReferenceKeys.BotId, channel.BotId);
        ConversationReference reference = new(new ConversationAddress(Platform, threadId), null, data, timeProvider.GetUtcNow());
        await references.RememberAsync(reference, cancellationToken);
    }

    private static string ServiceUrlOf(IReadOnlyDictionary<string, string> data, string conversationId) =>
        Value(data, ReferenceKeys.ServiceUrl)
        ?? throw new InvalidOperationException($"The Teams reference of {conversationId} has no service URL.");

    private static string? Value(IReadOnlyDictionary<string, string> data, string key) =>
        data.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static void Add(Dictionary<string, string> data, string key, string? value)
    {
        if (value is not null)
        {
            data[key] = value;
        }
    }
}
