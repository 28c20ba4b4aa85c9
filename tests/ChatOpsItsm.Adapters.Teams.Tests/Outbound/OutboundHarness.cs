using ChatOpsItsm.Adapters.Teams.Configuration;
using ChatOpsItsm.Adapters.Teams.Connector;
using ChatOpsItsm.Adapters.Teams.Outbound;
using ChatOpsItsm.Adapters.Teams.OutboundAuth;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.TestSupport.Fakes;
using ChatOpsItsm.TestSupport.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ChatOpsItsm.Adapters.Teams.Tests.Outbound;

/// <summary>
/// The outbound services as <c>AddTeamsOutbound</c> wires them, with the fake connector as every client's primary
/// handler, a fake clock, fake logging and in-memory ports. Retry delays are zero unless a test asks otherwise.
/// </summary>
internal sealed class OutboundHarness : IAsyncDisposable
{
    public const string AppId = "00000000-0000-0000-0000-0000000000b0";
    public const string Secret = "s3cr3t-client-secret~value";
    public const string Tenant = "22222222-2222-2222-2222-222222222222";
    public const string EmeaUrl = "https://smba.trafficmanager.net/emea/";
    public const string EuropeUrl = "https://europe.smba.botframework.com/";

    private readonly ServiceProvider _provider;

    private OutboundHarness(ServiceProvider provider, FakeConnector connector, FakeTimeProvider time)
    {
        _provider = provider;
        Connector = connector;
        Time = time;
    }

    public FakeConnector Connector { get; }

    public FakeTimeProvider Time { get; }

    public InMemoryConversationReferences References => (InMemoryConversationReferences)_provider.GetRequiredService<IConversationReferences>();

    public InMemoryPostedMessages Posted => (InMemoryPostedMessages)_provider.GetRequiredService<IPostedMessages>();

    public IOutboundChannel Channel => _provider.GetServices<IOutboundChannel>().Single();

    public TeamsReplySender Replies => _provider.GetRequiredService<TeamsReplySender>();

    public ConnectorClient Client => _provider.GetRequiredService<ConnectorClient>();

    public BotTokenProvider Tokens => _provider.GetRequiredService<BotTokenProvider>();

    public FakeLogCollector Logs => _provider.GetFakeLogCollector();

    public static OutboundHarness Start(
        Action<TeamsOptions>? teams = null, ConnectorResilienceOptions? resilience = null, bool allowLoopback = false)
    {
        FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        FakeConnector connector = new(time);
        ServiceCollection services = new();
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(time);
        services.AddOptions<TeamsOptions>().Configure(options =>
        {
            options.AppId = AppId;
            options.AppPassword = Secret;
            options.TenantId = Tenant;
            teams?.Invoke(options);
        });
        services.AddOptions<ConnectorOptions>().Configure(options => options.AllowInsecureLoopbackServiceUrls = allowLoopback);
        services.AddSingleton<IConversationReferences, InMemoryConversationReferences>();
        services.AddSingleton<IPostedMessages, InMemoryPostedMessages>();
        services.AddTeamsOutbound(resilience ?? Fast);
        services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => connector);
        services.AddHttpClient(BotTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => connector);
        return new OutboundHarness(services.BuildServiceProvider(validateScopes: true), connector, time);
    }

    /// <summary>The production settings with no backoff delay, so failure tests need no clock.</summary>
    public static ConnectorResilienceOptions Fast { get; } = new() { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };

    /// <summary>Stores what the inbound side stores for a conversation seen in an authenticated activity.</summary>
    public async Task SeeConversationAsync(ConversationAddress conversation, string serviceUrl, UserIdentity? user = null, string? channelId = null)
    {
        Dictionary<string, string> data = new()
        {
            [ReferenceKeys.ServiceUrl] = serviceUrl,
            [ReferenceKeys.TenantId] = Tenant,
        };
        if (channelId is not null)
        {
            data[ReferenceKeys.ChannelId] = channelId;
        }

        await References.RememberAsync(new ConversationReference(conversation, user, data, Time.GetUtcNow()), TestContext.Current.CancellationToken);
    }

    /// <summary>Lets the fake clock run until <paramref name="task"/> ends, in small steps, within a bound.</summary>
    public async Task<T> RunAsync<T>(Task<T> task, TimeSpan step)
    {
        for (int i = 0; i < 2000 && !task.IsCompleted; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(1), TestContext.Current.CancellationToken);
            Time.Advance(step);
        }

        return await task;
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
