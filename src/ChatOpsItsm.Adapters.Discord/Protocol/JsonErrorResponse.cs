using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>A REST error <c>{code, message, errors?}</c>, or a 429 body <c>{message, retry_after, global, code?}</c>.</summary>
internal sealed class JsonErrorResponse
{
    [JsonPropertyName("code")]
    public int? Code { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("retry_after")]
    public double? RetryAfter { get; set; }

    [JsonPropertyName("global")]
    public bool? Global { get; set; }
}
