using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Discord.Protocol;

namespace ChatOpsItsm.Adapters.Discord.Tests.Cards;

/// <summary>
/// Compares rendered messages with a file under <c>Fixtures/Cards/</c>, read from the source tree, after parsing both
/// (formatting and escaping do not matter). To accept a deliberate change, run the tests once with
/// <c>UPDATE_GOLDEN=1</c>: each file is rewritten from the current output; then review the diff.
/// </summary>
internal static class GoldenFile
{
    public const string UpdateVariable = "UPDATE_GOLDEN";

    private static readonly JsonSerializerOptions Readable = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Folder => Path.Combine(SourceTree.Root(), "tests", "ChatOpsItsm.Adapters.Discord.Tests", "Fixtures", "Cards");

    public static JsonNode ToNode(JsonMessageData message) =>
        JsonSerializer.SerializeToNode(message, DiscordJsonContext.Default.JsonMessageData)!;

    public static JsonNode ToNode(IEnumerable<JsonMessageData> messages) => new JsonArray([.. messages.Select(ToNode)]);

    public static void AssertMatches(string name, JsonNode actual)
    {
        string path = Path.Combine(Folder, name + ".json");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual.ToJsonString(Readable) + "\n");
            return;
        }

        Assert.True(File.Exists(path), $"No golden file {path}; run the tests with {UpdateVariable}=1 to create it.");
        JsonNode? expected = JsonNode.Parse(File.ReadAllText(path));
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"The rendered message differs from {name}.json; if the change is intended, run the tests with {UpdateVariable}=1 and review the diff.\n"
            + actual.ToJsonString(Readable));
    }
}
