using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>
/// Not Discord's: a form too big for one modal, kept in the dialog store between its modal steps (Inbound/FormSteps).
/// The submit button's action and data, the inputs, and the values entered so far.
/// </summary>
internal sealed class JsonFormProgress
{
    [JsonPropertyName("action")]
    public string ActionId { get; set; } = "";

    [JsonPropertyName("data")]
    public Dictionary<string, string> Data { get; set; } = [];

    [JsonPropertyName("title")]
    public string Title { get; set; } = "";

    [JsonPropertyName("inputs")]
    public List<JsonFormInput> Inputs { get; set; } = [];

    [JsonPropertyName("values")]
    public Dictionary<string, string> Values { get; set; } = [];
}
