using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.LocalChannel.Protocol;

/// <summary><c>{"replies":[…]}</c>: the bot's replies to one request, in the order to show them.</summary>
internal sealed class JsonLocalResponse
{
    [JsonPropertyName("replies")]
    public required IReadOnlyList<JsonLocalReply> Replies { get; init; }
}
