using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Protocol;

/// <summary>
/// Teams' <c>channelData</c> (brief §1.3): the tenant always; team and channel in team context; the event type on
/// <c>conversationUpdate</c>; outbound, <c>notification.alert</c>. The deprecated <c>teamsTeamId</c>/<c>teamsChannelId</c> are ignored.
/// </summary>
internal sealed class JsonTeamsChannelData
{
    [JsonPropertyName("tenant")]
    public JsonTeamsTenant? Tenant { get; set; }

    [JsonPropertyName("team")]
    public JsonTeamsTeam? Team { get; set; }

    [JsonPropertyName("channel")]
    public JsonTeamsChannel? Channel { get; set; }

    /// <summary><c>teamMemberAdded</c>, <c>channelCreated</c>, <c>editMessage</c>, …</summary>
    [JsonPropertyName("eventType")]
    public string? EventType { get; set; }

    /// <summary>Outbound only: <c>{"alert": true}</c> raises an activity-feed alert.</summary>
    [JsonPropertyName("notification")]
    public JsonTeamsNotification? Notification { get; set; }
}
