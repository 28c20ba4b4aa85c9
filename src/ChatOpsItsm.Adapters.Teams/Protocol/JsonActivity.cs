using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Protocol;

/// <summary>
/// A Bot Framework Activity (brief §1.2, §4.3), inbound and outbound. Unknown fields are ignored, never an error.
/// </summary>
internal sealed class JsonActivity
{
    /// <summary><c>message</c>, <c>conversationUpdate</c>, <c>invoke</c>, <c>installationUpdate</c>, <c>typing</c>, …</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The activity id: the Teams message id, used for <c>replyToId</c> and de-duplication.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>Base URL of every outbound call for this conversation; trusted only after the token's <c>serviceurl</c> claim matched.</summary>
    [JsonPropertyName("serviceUrl")]
    public string? ServiceUrl { get; set; }

    /// <summary><c>msteams</c> for Teams.</summary>
    [JsonPropertyName("channelId")]
    public string? ChannelId { get; set; }

    [JsonPropertyName("from")]
    public JsonChannelAccount? From { get; set; }

    [JsonPropertyName("conversation")]
    public JsonConversationAccount? Conversation { get; set; }

    /// <summary>The bot (<c>28:&lt;appId&gt;</c>) on inbound activities.</summary>
    [JsonPropertyName("recipient")]
    public JsonChannelAccount? Recipient { get; set; }

    /// <summary>HTML-ish in Teams: <c>&lt;at&gt;…&lt;/at&gt;</c>, <c>&amp;nbsp;</c>.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary><c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    [JsonPropertyName("textFormat")]
    public string? TextFormat { get; set; }

    /// <summary>Feed preview of an outbound message.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    /// <summary>Action.Submit data merged with the inputs (<c>message</c>), or the invoke payload (<c>invoke</c>).</summary>
    [JsonPropertyName("value")]
    public JsonElement? Value { get; set; }

    /// <summary>The invoke name, e.g. <c>adaptiveCard/action</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>For card submits and invokes: the id of the message that carried the card.</summary>
    [JsonPropertyName("replyToId")]
    public string? ReplyToId { get; set; }

    [JsonPropertyName("entities")]
    public IReadOnlyList<JsonEntity>? Entities { get; set; }

    [JsonPropertyName("attachments")]
    public IReadOnlyList<JsonAttachment>? Attachments { get; set; }

    [JsonPropertyName("channelData")]
    public JsonTeamsChannelData? ChannelData { get; set; }

    /// <summary>On <c>conversationUpdate</c>.</summary>
    [JsonPropertyName("membersAdded")]
    public IReadOnlyList<JsonChannelAccount>? MembersAdded { get; set; }

    /// <summary>On <c>conversationUpdate</c>.</summary>
    [JsonPropertyName("membersRemoved")]
    public IReadOnlyList<JsonChannelAccount>? MembersRemoved { get; set; }

    /// <summary>On <c>installationUpdate</c>: <c>add</c>, <c>remove</c>, <c>add-upgrade</c>, <c>remove-upgrade</c>.</summary>
    [JsonPropertyName("action")]
    public string? Action { get; set; }

    [JsonPropertyName("locale")]
    public string? Locale { get; set; }
}
