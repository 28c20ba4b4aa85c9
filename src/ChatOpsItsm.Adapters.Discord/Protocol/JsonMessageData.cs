using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>A message to create or edit (REST, webhooks, callback types 4 and 7), or the data of a modal (9: <c>custom_id</c>, <c>title</c>, <c>components</c>) or of an autocomplete answer (8: <c>choices</c>). Only the fields set are sent.</summary>
internal sealed class JsonMessageData
{
    [JsonPropertyName("content")]
    public string? Content { get; set; }

    [JsonPropertyName("embeds")]
    public List<JsonEmbed>? Embeds { get; set; }

    [JsonPropertyName("components")]
    public List<JsonComponent>? Components { get; set; }

    [JsonPropertyName("allowed_mentions")]
    public JsonAllowedMentions? AllowedMentions { get; set; }

    [JsonPropertyName("flags")]
    public int? Flags { get; set; }

    [JsonPropertyName("nonce")]
    public string? Nonce { get; set; }

    [JsonPropertyName("enforce_nonce")]
    public bool? EnforceNonce { get; set; }

    [JsonPropertyName("custom_id")]
    public string? CustomId { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("choices")]
    public List<JsonChoice>? Choices { get; set; }
}
