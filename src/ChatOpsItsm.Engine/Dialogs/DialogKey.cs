using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Engine.Dialogs;

/// <summary>A dialog belongs to one person in one conversation.</summary>
public sealed record DialogKey(ConversationAddress Conversation, UserIdentity User);
