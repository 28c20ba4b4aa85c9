using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>The <c>data</c> of an interaction: a command (<c>id</c>, <c>name</c>, <c>type</c>, <c>options</c>, <c>resolved</c>, <c>target_id</c>), a component (<c>custom_id</c>, <c>component_type</c>, <c>values</c>) or a modal submit (<c>custom_id</c>, <c>components</c>).</summary>
internal sealed class JsonInteractionData
{
    /// <summary>The command's id (a snowflake string), or a clicked component's numeric id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(JsonStringOrNumberConverter))]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("type")]
    public int? Type { get; set; }

    [JsonPropertyName("options")]
    public List<JsonCommandOption>? Options { get; set; }

    [JsonPropertyName("resolved")]
    public JsonResolved? Resolved { get; set; }

    [JsonPropertyName("guild_id")]
    public string? GuildId { get; set; }

    [JsonPropertyName("target_id")]
    public string? TargetId { get; set; }

    [JsonPropertyName("custom_id")]
    public string? CustomId { get; set; }

    [JsonPropertyName("component_type")]
    public int? ComponentType { get; set; }

    [JsonPropertyName("values")]
    public List<string>? Values { get; set; }

    [JsonPropertyName("components")]
    public List<JsonComponent>? Components { get; set; }
}
