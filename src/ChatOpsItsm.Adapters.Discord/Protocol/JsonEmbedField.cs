using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>An embed field.</summary>
internal sealed class JsonEmbedField
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("value")]
    public string Value { get; set; } = "";

    [JsonPropertyName("inline")]
    public bool? Inline { get; set; }
}
