using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary><c>POST /users/@me/channels</c>: opens (or reuses) the DM channel with a user.</summary>
internal sealed class JsonDirectMessageRequest
{
    [JsonPropertyName("recipient_id")]
    public string RecipientId { get; set; } = "";
}
