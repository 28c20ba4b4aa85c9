using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Teams.Protocol;

namespace ChatOpsItsm.Adapters.Teams.Tests.Fixtures;

/// <summary>The recorded-shape activities in <c>Fixtures/*.json</c>, copied next to the test assembly.</summary>
internal static class ActivityFixtures
{
    public const string PersonalMessage = "personal-message.json";
    public const string ChannelMention = "channel-mention.json";
    public const string ChannelTimeline = "channel-timeline.json";
    public const string ActionSubmit = "action-submit.json";
    public const string AdaptiveCardInvoke = "adaptive-card-invoke.json";
    public const string ConversationUpdateBotAdded = "conversation-update-bot-added.json";
    public const string InstallationUpdateAdd = "installation-update-add.json";

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>The fixture as a mutable tree, to change one field.</summary>
    public static JsonObject Node(string name) => JsonNode.Parse(Bytes(name))!.AsObject();

    public static JsonActivity Activity(string name) => Parse(Bytes(name));

    public static JsonActivity Parse(byte[] body) => JsonSerializer.Deserialize(body, TeamsJsonContext.Default.JsonActivity)!;

    public static byte[] ToBytes(JsonNode node) => System.Text.Encoding.UTF8.GetBytes(node.ToJsonString());
}
