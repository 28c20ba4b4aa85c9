using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Protocol;

/// <summary>
/// The body answering an <c>adaptiveCard/action</c> invoke (brief §4.6, §5.4), sent with HTTP 200:
/// a card (<see cref="AdaptiveCardType"/>), a toast (<see cref="MessageType"/>) or an error (<see cref="ErrorType"/>).
/// </summary>
internal sealed class JsonInvokeResponse
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    [JsonPropertyName("statusCode")]
    public int StatusCode { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The card object, the toast text (a JSON string) or <c>{"code","message"}</c>.</summary>
    [JsonPropertyName("value")]
    public JsonElement? Value { get; set; }
}
