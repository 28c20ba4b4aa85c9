using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Protocol;

/// <summary><c>channelData.notification</c> on an outbound message.</summary>
internal sealed class JsonTeamsNotification
{
    [JsonPropertyName("alert")]
    public bool Alert { get; set; }
}
