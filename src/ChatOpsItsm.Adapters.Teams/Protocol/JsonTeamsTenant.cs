using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Protocol;

/// <summary><c>channelData.tenant</c>: the Entra tenant GUID.</summary>
internal sealed class JsonTeamsTenant
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }
}
