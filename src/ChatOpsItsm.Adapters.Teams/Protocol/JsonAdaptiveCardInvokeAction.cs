using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Protocol;

/// <summary>The Action.Execute that was clicked: its <see cref="Verb"/> and its data merged with the card's inputs.</summary>
internal sealed class JsonAdaptiveCardInvokeAction
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("verb")]
    public string? Verb { get; set; }

    [JsonPropertyName("data")]
    public JsonElement? Data { get; set; }
}
