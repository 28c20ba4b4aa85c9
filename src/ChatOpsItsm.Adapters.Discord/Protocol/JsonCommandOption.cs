using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>One option of an invoked command: a sub-command or group nests <c>options</c>; a parameter has a <c>value</c> whose JSON type depends on <c>type</c>. <c>focused</c> marks the one being typed during autocomplete.</summary>
internal sealed class JsonCommandOption
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("type")]
    public int Type { get; set; }

    [JsonPropertyName("value")]
    public JsonElement? Value { get; set; }

    [JsonPropertyName("options")]
    public List<JsonCommandOption>? Options { get; set; }

    [JsonPropertyName("focused")]
    public bool? Focused { get; set; }
}
