using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.LocalChannel.Protocol;

/// <summary>
/// The body of <c>POST /api/local/messages</c> (SPEC §5): who, where, and exactly one of <c>text</c>,
/// <c>action</c> or <c>form</c>. Every member is nullable so that a missing one gets a precise 400.
/// </summary>
internal sealed class JsonLocalRequest
{
    [JsonPropertyName("eventId")]
    public string? EventId { get; set; }

    [JsonPropertyName("user")]
    public JsonLocalUser? User { get; set; }

    [JsonPropertyName("conversation")]
    public JsonLocalConversation? Conversation { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("action")]
    public JsonLocalAction? Action { get; set; }

    [JsonPropertyName("form")]
    public JsonLocalForm? Form { get; set; }
}
