using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Protocol;

/// <summary>The <c>value</c> of an <c>adaptiveCard/action</c> invoke: <c>{"action": {…}, "trigger": "manual"|"automatic"}</c>.</summary>
internal sealed class JsonAdaptiveCardInvokeValue
{
    [JsonPropertyName("action")]
    public JsonAdaptiveCardInvokeAction? Action { get; set; }

    [JsonPropertyName("trigger")]
    public string? Trigger { get; set; }
}
