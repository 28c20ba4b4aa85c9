using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Discord.Protocol;

namespace ChatOpsItsm.Adapters.Discord.Tests.Fixtures.Interactions;

/// <summary>
/// The brief's interaction fixtures (§9, trimmed to the fields read) in <c>Fixtures/Interactions/*.json</c>, copied
/// next to the test assembly. The button and modal fixtures keep the brief's <c>custom_id</c> layout, which this
/// version does not write; tests set one of ours where they need the click to reach the engine.
/// </summary>
internal static class InteractionFixtures
{
    public const string Ping = "ping.json";
    public const string SlashCommandGuild = "slash-command-guild.json";
    public const string SlashCommandDirect = "slash-command-dm.json";
    public const string ButtonClick = "button-click.json";
    public const string ModalSubmitLabels = "modal-submit-labels.json";
    public const string ModalSubmitLegacy = "modal-submit-legacy.json";
    public const string Autocomplete = "autocomplete.json";
    public const string MessageCommand = "message-command.json";

    /// <summary>"Add to timeline" used in a war-room thread (a channel of type 11) on someone else's message.</summary>
    public const string TimelineCommand = "message-command-timeline.json";

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Interactions", name));

    /// <summary>The fixture as a mutable tree, to change one field.</summary>
    public static JsonObject Node(string name) => JsonNode.Parse(Bytes(name))!.AsObject();

    public static JsonInteraction Interaction(string name) => Parse(Bytes(name));

    public static JsonInteraction Parse(byte[] body) => JsonSerializer.Deserialize(body, DiscordJsonContext.Default.JsonInteraction)!;

    public static byte[] ToBytes(JsonNode node) => System.Text.Encoding.UTF8.GetBytes(node.ToJsonString());

    /// <summary>The fixture with <c>data.custom_id</c> replaced.</summary>
    public static byte[] WithCustomId(string name, string customId)
    {
        JsonObject node = Node(name);
        node["data"]!["custom_id"] = customId;
        return ToBytes(node);
    }
}
