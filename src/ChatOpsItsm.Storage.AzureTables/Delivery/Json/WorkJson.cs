using System.Text.Json.Serialization;
using ChatOpsItsm.Storage.AzureTables.Replies;

namespace ChatOpsItsm.Storage.AzureTables.Delivery.Json;

/// <summary>
/// The stored and queued shape of one outbound work item. <see cref="Kind"/> says which fields are set:
/// <c>notification</c> (target, message, messageKey, essential), <c>timer</c> (timer, ticket) or
/// <c>interaction-reply</c> (target, messages, token, expiresAt, mode; the token is a short-lived credential) or
/// <c>war-room</c> (ticket: the major incident, target: the parent conversation, title: the thread's name).
/// </summary>
internal sealed record WorkJson
{
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("notBefore")]
    public required DateTimeOffset NotBefore { get; init; }

    [JsonPropertyName("target")]
    public TargetJson? Target { get; init; }

    [JsonPropertyName("message")]
    public ReplyJson? Message { get; init; }

    [JsonPropertyName("messageKey")]
    public string? MessageKey { get; init; }

    [JsonPropertyName("essential")]
    public bool? Essential { get; init; }

    [JsonPropertyName("timer")]
    public string? Timer { get; init; }

    [JsonPropertyName("ticket")]
    public string? Ticket { get; init; }

    [JsonPropertyName("messages")]
    public List<ReplyJson>? Messages { get; init; }

    [JsonPropertyName("token")]
    public string? Token { get; init; }

    [JsonPropertyName("expiresAt")]
    public DateTimeOffset? ExpiresAt { get; init; }

    [JsonPropertyName("mode")]
    public string? Mode { get; init; }

    [JsonPropertyName("skipIfDone")]
    public string? SkipIfDone { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }
}
