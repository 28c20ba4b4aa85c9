using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>A guild member: the user (absent in <c>resolved.members</c>), nickname, role ids and permissions in the channel.</summary>
internal sealed class JsonMember
{
    [JsonPropertyName("user")]
    public JsonUser? User { get; set; }

    [JsonPropertyName("nick")]
    public string? Nick { get; set; }

    [JsonPropertyName("roles")]
    public List<string>? Roles { get; set; }

    [JsonPropertyName("permissions")]
    public string? Permissions { get; set; }
}
