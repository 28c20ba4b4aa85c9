using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.LocalChannel.Protocol;

/// <summary>One reply: text in the small Markdown subset, a card, or both.</summary>
internal sealed class JsonLocalReply
{
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("card")]
    public JsonLocalCard? Card { get; init; }
}
