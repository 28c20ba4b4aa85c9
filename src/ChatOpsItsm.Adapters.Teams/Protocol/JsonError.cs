using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Protocol;

/// <summary>A connector error: <c>code</c> (<c>ConversationBlockedByUser</c>, <c>MessageSizeTooBig</c>, …) and a message.</summary>
internal sealed class JsonError
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }
}
