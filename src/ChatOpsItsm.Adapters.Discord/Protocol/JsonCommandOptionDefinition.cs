using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>One option of a command definition: a sub-command (1) with its own options, or a parameter.</summary>
internal sealed class JsonCommandOptionDefinition
{
    [JsonPropertyName("type")]
    public int Type { get; set; }

    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("description")]
    public string Description { get; set; } = "";

    [JsonPropertyName("required")]
    public bool? Required { get; set; }

    [JsonPropertyName("choices")]
    public List<JsonChoice>? Choices { get; set; }

    [JsonPropertyName("autocomplete")]
    public bool? Autocomplete { get; set; }

    [JsonPropertyName("min_length")]
    public int? MinLength { get; set; }

    [JsonPropertyName("max_length")]
    public int? MaxLength { get; set; }

    [JsonPropertyName("options")]
    public List<JsonCommandOptionDefinition>? Options { get; set; }
}
