using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Engine.Conversation;

/// <summary>Conversation references, kept whenever the bot sees a user or a conversation.</summary>
public interface IConversationReferences
{
    /// <summary>Records that <see cref="ConversationReference.User"/> (if any) was seen in the conversation.</summary>
    Task RememberAsync(ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>Where the person was last seen, or null if never.</summary>
    Task<ConversationReference?> FindPersonAsync(UserIdentity person, CancellationToken cancellationToken);

    Task<ConversationReference?> FindConversationAsync(ConversationAddress conversation, CancellationToken cancellationToken);
}
