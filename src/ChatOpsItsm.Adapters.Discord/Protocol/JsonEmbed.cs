using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>A rich embed (brief §5 limits: title 256, description 4096, 25 fields of 256/1024, footer 2048, 6000 in total).</summary>
internal sealed class JsonEmbed
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("color")]
    public int? Color { get; set; }

    [JsonPropertyName("timestamp")]
    public string? Timestamp { get; set; }

    [JsonPropertyName("footer")]
    public JsonEmbedFooter? Footer { get; set; }

    [JsonPropertyName("fields")]
    public List<JsonEmbedField>? Fields { get; set; }
}
