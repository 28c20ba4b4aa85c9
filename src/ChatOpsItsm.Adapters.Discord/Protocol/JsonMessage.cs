using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>A message: the one a component sits on (inbound), or what a REST call returns.</summary>
internal sealed class JsonMessage
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("channel_id")]
    public string? ChannelId { get; set; }

    [JsonPropertyName("content")]
    public string? Content { get; set; }

    [JsonPropertyName("flags")]
    public int? Flags { get; set; }

    [JsonPropertyName("author")]
    public JsonUser? Author { get; set; }

    [JsonPropertyName("embeds")]
    public List<JsonEmbed>? Embeds { get; set; }

    [JsonPropertyName("components")]
    public List<JsonComponent>? Components { get; set; }
}
