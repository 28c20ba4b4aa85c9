using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>A choice: of a command option's fixed list, or an autocomplete suggestion (name and value up to 100 characters).</summary>
internal sealed class JsonChoice
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("value")]
    public string Value { get; set; } = "";
}
