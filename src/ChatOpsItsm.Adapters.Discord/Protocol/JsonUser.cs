using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>A Discord user. <see cref="GlobalName"/> is the display name, when set.</summary>
internal sealed class JsonUser
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("username")]
    public string? Username { get; set; }

    [JsonPropertyName("global_name")]
    public string? GlobalName { get; set; }

    [JsonPropertyName("bot")]
    public bool? Bot { get; set; }
}
