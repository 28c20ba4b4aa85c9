using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.LocalChannel.Protocol;

/// <summary>One reply: text in the small Markdown subset, a card, or both.</summary>
internal sealed class JsonLocalReply
{
    /// <summary>The stored message's id (<c>out:&lt;eventId&gt;:&lt;n&gt;</c>): the live feed sends the same id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The stored message's revision; a later one in the live feed means it was updated in place.</summary>
    [JsonPropertyName("revision")]
    public long? Revision { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("card")]
    public JsonLocalCard? Card { get; init; }
}
