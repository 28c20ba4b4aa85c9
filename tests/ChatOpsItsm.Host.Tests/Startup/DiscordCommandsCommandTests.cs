using ChatOpsItsm.Host.Startup;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.Startup;

/// <summary>
/// <c>discord-commands</c>: <c>write</c> produces the committed manifest (so a catalog change without a regenerated
/// manifest fails here); <c>register</c> refuses without the application's id and bot token, before any call.
/// </summary>
public sealed class DiscordCommandsCommandTests : IDisposable
{
    private static readonly string Manifest = Path.Combine(RepositoryRoot.Find(), "manifests", "discord", "commands.json");

    private readonly string _folder = Directory.CreateTempSubdirectory("discord-commands-").FullName;

    [Fact]
    public async Task Write_ToAFile_WritesExactlyTheCommittedManifest()
    {
        string output = Path.Combine(_folder, "commands.json");

        int exitCode = await DiscordCommandsCommand.RunAsync(["discord-commands", "write", "--out", output], TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Equal(
            await File.ReadAllTextAsync(Manifest, TestContext.Current.CancellationToken),
            await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Register_WithoutApplicationIdOrBotToken_Returns1AndWritesNothing()
    {
        byte[] manifestBefore = await File.ReadAllBytesAsync(Manifest, TestContext.Current.CancellationToken);

        // Blanked on the command line, which outranks the environment: a developer's real token is never used here.
        int exitCode = await DiscordCommandsCommand.RunAsync(
            ["discord-commands", "register", "--Discord:ApplicationId=", "--Discord:BotToken="], TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.Equal(manifestBefore, await File.ReadAllBytesAsync(Manifest, TestContext.Current.CancellationToken));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
