using System.Net;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Adapters.Discord.Rest;
using ChatOpsItsm.Adapters.Discord.Tests.Rest;
using ChatOpsItsm.TestSupport.Discord;
using Microsoft.Extensions.Logging.Testing;

namespace ChatOpsItsm.Adapters.Discord.Tests.Outbound;

public sealed class CommandRegistrarTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static List<JsonApplicationCommand> Commands =>
    [
        new() { Name = "incident", Type = CommandTypes.ChatInput, Description = "Report and work incidents" },
        new() { Name = "Report as incident", Type = CommandTypes.Message },
    ];

    [Theory]
    [InlineData(null, null, "global")]
    [InlineData("", null, "global")]
    [InlineData("1400000000000000001", "1400000000000000001", "guild 1400000000000000001")]
    public async Task RegisterAsync_OverwritesTheScopeAndReturnsTheCount(string? guild, string? expectedGuild, string scope)
    {
        await using RestHarness harness = RestHarness.Start();

        int count = await harness.Registrar.RegisterAsync(Commands, guild, Token);

        Assert.Equal(2, count);
        (string? registeredGuild, System.Text.Json.Nodes.JsonArray sent) = Assert.Single(harness.Api.CommandRegistrations);
        Assert.Equal(expectedGuild, registeredGuild);
        Assert.Equal(2, sent.Count);
        FakeLogRecord log = Assert.Single(harness.Logs.GetSnapshot(), record => record.Id.Id == 140);
        Assert.Contains(scope, log.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterAsync_Refused_ThrowsWithTheDiscordCode()
    {
        await using RestHarness harness = RestHarness.Start();
        harness.Api.Enqueue(FakeDiscordResponse.Error(HttpStatusCode.BadRequest, ErrorCodes.InvalidFormBody, "Invalid Form Body"));

        DiscordApiException exception = await Assert.ThrowsAsync<DiscordApiException>(() => harness.Registrar.RegisterAsync(Commands, null, Token));

        Assert.Equal(ErrorCodes.InvalidFormBody, exception.Code);
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), record => record.Id.Id == 140);
    }
}
