using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>An embed's footer.</summary>
internal sealed class JsonEmbedFooter
{
    [JsonPropertyName("text")]
    public string Text { get; set; } = "";
}
