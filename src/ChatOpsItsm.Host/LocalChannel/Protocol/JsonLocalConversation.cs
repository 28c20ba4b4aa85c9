using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.LocalChannel.Protocol;

/// <summary><c>{"id":"general"}</c>: the conversation <c>local:general</c>.</summary>
internal sealed class JsonLocalConversation
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }
}
