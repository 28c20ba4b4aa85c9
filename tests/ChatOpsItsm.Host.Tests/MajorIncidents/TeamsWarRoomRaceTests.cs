using ChatOpsItsm.Adapters.Teams.Authentication;
using ChatOpsItsm.Adapters.Teams.Connector;
using ChatOpsItsm.Adapters.Teams.OutboundAuth;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsItsm.Host.Tests.MajorIncidents;

/// <summary>
/// A regression: with two instances and a slow connector, the war room's first board (posted by the opener) and a
/// board refresh queued beside it were delivered by different instances at once; neither found the other's copy,
/// and the thread got two boards, one of which never changed again. The write that records the war room now queues
/// no refresh, so the thread holds one board whichever instance delivers what.
/// </summary>
public sealed class TeamsWarRoomRaceTests(AzuriteFixture azurite) : IDisposable
{
    private const string Board = "MAJOR INC-1001";

    /// <summary>Long enough for the other instance to take a queued item while a connector call is in flight.</summary>
    private static readonly TimeSpan ConnectorDelay = TimeSpan.FromMilliseconds(700);

    private readonly TeamsFakes _teams = new();

    [Fact]
    public async Task TwoInstancesSlowConnector_WarRoomGetsOneBoard()
    {
        string tables = azurite.UniqueName("h");
        Dictionary<string, string?> settings = TeamsFakes.Settings(azurite.UniqueName("q"));
        await using ItsmHostFactory first = new(azurite, tables, settings) { ReplaceServices = Plug };
        await using ItsmHostFactory second = new(azurite, tables, settings) { ReplaceServices = Plug };
        second.StartServer();
        TeamsMessagesClient bot = new(first.CreateClient(), _teams.Issuer);
        await bot.SendAsync(TeamsActivities.BotAddedToTeam("f:team-added"));

        await bot.SendAsync(TeamsChannelActivities.NewPost(TeamsUser.Bob, "1700000000300", "major declare Mail relay down service:email"));

        FakeConnectorCall created = (await Eventually.UntilAsync(
            () => Task.FromResult(_teams.Connector.ConnectorCalls.FirstOrDefault(call =>
                call.Method == "POST" && call.Path == ConnectorCalls.Base && ConnectorCalls.Body(call)["channelData"]?["channel"] is not null)),
            call => call is not null, "the war room's thread"))!;
        string thread = ConnectorCalls.AnsweredId(created);
        await Eventually.UntilAsync(() => Task.FromResult(BoardPosts(thread)), posts => posts > 0, "the board in the war room");

        // Past the time a second delivery (a queue poll plus two slow connector calls) would have taken.
        await Task.Delay(ConnectorDelay * 4, TestContext.Current.CancellationToken);
        Assert.Equal(1, BoardPosts(thread));
    }

    public void Dispose() => _teams.Dispose();

    private int BoardPosts(string thread) => _teams.Connector.ConnectorCalls.Count(call =>
        call.Method == "POST" && call.Path == ConnectorCalls.PostPath(thread) && call.Body.Contains(Board, StringComparison.Ordinal));

    /// <summary>The fakes of <see cref="TeamsFakes.Plug"/>, with every connector call slowed.</summary>
    private void Plug(IServiceCollection services)
    {
        services.AddHttpClient(BotFrameworkSigningKeys.HttpClientName).ConfigurePrimaryHttpMessageHandler(_teams.Issuer.CreateHandler);
        services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => new SlowHandler(_teams.Connector, ConnectorDelay));
        services.AddHttpClient(BotTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _teams.Connector);
    }

    /// <summary>Delays each call, then hands it to the shared fake, which outlives every client built on it.</summary>
    private sealed class SlowHandler(HttpMessageHandler inner, TimeSpan delay) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(delay, cancellationToken);
            return await base.SendAsync(request, cancellationToken);
        }

        // The shared fake is disposed once, by the test; an HttpClient's disposal must not reach it.
#pragma warning disable CA2215
        protected override void Dispose(bool disposing)
        {
        }
#pragma warning restore CA2215
    }
}
