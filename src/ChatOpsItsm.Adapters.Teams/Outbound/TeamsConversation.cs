namespace ChatOpsItsm.Adapters.Teams.Outbound;

/// <summary>Where a stored Teams conversation is reached: its service URL and ids, from its reference.</summary>
internal sealed record TeamsConversation(string ServiceUrl, string ConversationId, string? TenantId, string? ChannelId, string? BotId);
