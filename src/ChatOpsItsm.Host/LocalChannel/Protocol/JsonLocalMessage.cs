using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.LocalChannel.Protocol;

/// <summary>
/// One stored message of a conversation, as <c>GET …/messages</c> lists it and the live feed sends it. A message
/// updated in place comes again with the same <see cref="Id"/> and a higher <see cref="Revision"/>.
/// </summary>
internal sealed class JsonLocalMessage
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary><c>bot</c> for the bot, else the person's identity (<c>local:alice</c>).</summary>
    [JsonPropertyName("author")]
    public required string Author { get; init; }

    [JsonPropertyName("authorName")]
    public required string AuthorName { get; init; }

    [JsonPropertyName("at")]
    public required DateTimeOffset At { get; init; }

    [JsonPropertyName("revision")]
    public required long Revision { get; init; }

    [JsonPropertyName("messageKey")]
    public string? MessageKey { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("card")]
    public JsonLocalCard? Card { get; init; }
}
