namespace ChatOpsItsm.Adapters.Teams.Outbound;

/// <summary>
/// The keys of a Teams conversation reference's <c>ChannelData</c> (and of a posted message's) that outbound calls
/// read: what brief §4.4 says to persist. The inbound side writes them from authenticated activities only.
/// </summary>
internal static class ReferenceKeys
{
    public const string ServiceUrl = "serviceUrl";
    public const string TenantId = "tenantId";
    public const string ConversationType = "conversationType";
    public const string TeamId = "teamId";
    public const string ChannelId = "channelId";
    public const string BotId = "botId";

    /// <summary>The person's bot-scoped <c>29:</c> id, where the reference names a person.</summary>
    public const string UserId = "userId";
}
