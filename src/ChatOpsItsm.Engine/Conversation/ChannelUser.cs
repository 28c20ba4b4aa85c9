using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Engine.Conversation;

/// <summary>The person behind an inbound event, as the channel names them.</summary>
public sealed record ChannelUser(UserIdentity Identity, string DisplayName);
