using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.LocalChannel.Protocol;

/// <summary>
/// <c>{"replies":[…],"duplicate":false}</c>: the bot's replies to one request, in the order to show them.
/// <see cref="Duplicate"/> is true, with no replies, when the event id was handled before.
/// </summary>
internal sealed class JsonLocalResponse
{
    [JsonPropertyName("replies")]
    public required IReadOnlyList<JsonLocalReply> Replies { get; init; }

    [JsonPropertyName("duplicate")]
    public bool Duplicate { get; init; }
}
