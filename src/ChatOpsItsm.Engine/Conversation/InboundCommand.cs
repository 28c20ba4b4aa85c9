namespace ChatOpsItsm.Engine.Conversation;

/// <summary>
/// A command the platform already parsed into a name and typed options (a Discord slash command): the catalog
/// action id (<c>incident.report</c>) and the option values by parameter name. It runs exactly as the same command
/// typed as text would, role checks and value checks included.
/// </summary>
public sealed record InboundCommand(
    string EventId, ChannelUser User, ConversationAddress Conversation, string ActionId, IReadOnlyDictionary<string, string> Values)
    : InboundEvent(EventId, User, Conversation);
