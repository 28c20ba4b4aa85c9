using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.LocalChannel.Protocol;

/// <summary><c>{"messages":[…]}</c>: a conversation's latest messages, oldest first.</summary>
internal sealed class JsonLocalHistory
{
    [JsonPropertyName("messages")]
    public required IReadOnlyList<JsonLocalMessage> Messages { get; init; }
}
