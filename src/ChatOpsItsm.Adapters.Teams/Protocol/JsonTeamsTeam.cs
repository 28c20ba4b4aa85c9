using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Protocol;

/// <summary><c>channelData.team</c>: <c>19:…@thread.tacv2</c> (older: <c>@thread.skype</c>).</summary>
internal sealed class JsonTeamsTeam
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("aadGroupId")]
    public string? AadGroupId { get; set; }
}
