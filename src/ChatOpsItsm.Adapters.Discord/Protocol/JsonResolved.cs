using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>Objects an invoked command refers to, by id.</summary>
internal sealed class JsonResolved
{
    [JsonPropertyName("users")]
    public Dictionary<string, JsonUser>? Users { get; set; }

    [JsonPropertyName("members")]
    public Dictionary<string, JsonMember>? Members { get; set; }

    [JsonPropertyName("messages")]
    public Dictionary<string, JsonMessage>? Messages { get; set; }
}
