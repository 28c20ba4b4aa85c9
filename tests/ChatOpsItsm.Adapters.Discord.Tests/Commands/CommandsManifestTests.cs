using ChatOpsItsm.Adapters.Discord.Commands;
using ChatOpsItsm.Adapters.Discord.Tests.Cards;
using ChatOpsItsm.Engine.Commands;

namespace ChatOpsItsm.Adapters.Discord.Tests.Commands;

/// <summary>
/// <c>manifests/discord/commands.json</c> is what gets registered with Discord; it must say exactly what the catalog
/// says. Run with <c>UPDATE_MANIFESTS=1</c> to rewrite it from the catalog.
/// </summary>
public sealed class CommandsManifestTests
{
    public const string UpdateVariable = "UPDATE_MANIFESTS";

    private static string ManifestPath => Path.Combine(SourceTree.Root(), "manifests", "discord", "commands.json");

    [Fact]
    public void Manifest_MatchesTheCatalog()
    {
        string expected = DiscordCommandDefinitions.ToJson(DiscordCommandDefinitions.Build(new CommandCatalog()));
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(ManifestPath)!);
            File.WriteAllText(ManifestPath, expected);
        }

        string actual = File.Exists(ManifestPath) ? File.ReadAllText(ManifestPath) : "(missing)";

        Assert.True(
            actual == expected,
            $"{ManifestPath} disagrees with the engine's CommandCatalog. Regenerate it with "
            + "`dotnet run --project src/ChatOpsItsm.Host -- discord-commands write`, or run this test with "
            + $"{UpdateVariable}=1, then review the diff.");
    }
}
