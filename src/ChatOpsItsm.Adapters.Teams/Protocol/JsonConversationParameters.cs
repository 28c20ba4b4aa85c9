using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Protocol;

/// <summary>
/// The body of <c>POST v3/conversations</c> (brief §4.3): a proactive 1:1 (<c>isGroup</c> false, bot, one member, tenant)
/// or a new channel thread (<c>isGroup</c> true, <c>channelData.channel</c>, the first <c>activity</c>).
/// </summary>
internal sealed class JsonConversationParameters
{
    [JsonPropertyName("isGroup")]
    public bool IsGroup { get; set; }

    [JsonPropertyName("bot")]
    public JsonChannelAccount? Bot { get; set; }

    [JsonPropertyName("members")]
    public IReadOnlyList<JsonChannelAccount>? Members { get; set; }

    [JsonPropertyName("topicName")]
    public string? TopicName { get; set; }

    [JsonPropertyName("tenantId")]
    public string? TenantId { get; set; }

    [JsonPropertyName("activity")]
    public JsonActivity? Activity { get; set; }

    [JsonPropertyName("channelData")]
    public JsonTeamsChannelData? ChannelData { get; set; }
}
