using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>The answer to an interaction, inline in the HTTP response or through the callback route (brief §3).</summary>
internal sealed class JsonInteractionResponse
{
    [JsonPropertyName("type")]
    public int Type { get; set; }

    [JsonPropertyName("data")]
    public JsonMessageData? Data { get; set; }
}
