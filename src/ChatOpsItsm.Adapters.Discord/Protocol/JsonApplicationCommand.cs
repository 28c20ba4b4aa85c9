using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>An application command definition (brief §6), as registered by bulk overwrite and kept in <c>manifests/discord/commands.json</c>.</summary>
internal sealed class JsonApplicationCommand
{
    /// <summary>Discord's id for the command, in what registration returns; null (so not sent) in definitions.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("type")]
    public int Type { get; set; }

    [JsonPropertyName("description")]
    public string Description { get; set; } = "";

    [JsonPropertyName("options")]
    public List<JsonCommandOptionDefinition>? Options { get; set; }

    [JsonPropertyName("contexts")]
    public List<int>? Contexts { get; set; }

    [JsonPropertyName("integration_types")]
    public List<int>? IntegrationTypes { get; set; }

    [JsonPropertyName("default_member_permissions")]
    public string? DefaultMemberPermissions { get; set; }
}
