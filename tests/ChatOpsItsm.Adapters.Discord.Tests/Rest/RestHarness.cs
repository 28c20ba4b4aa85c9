using ChatOpsItsm.Adapters.Discord.Commands;
using ChatOpsItsm.Adapters.Discord.Configuration;
using ChatOpsItsm.Adapters.Discord.Outbound;
using ChatOpsItsm.Adapters.Discord.Rest;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.TestSupport.Discord;
using ChatOpsItsm.TestSupport.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace ChatOpsItsm.Adapters.Discord.Tests.Rest;

/// <summary>
/// The outbound services as <c>AddDiscordOutbound</c> wires them, with the <see cref="FakeDiscordApi"/> as the named
/// client's primary handler, a fake clock, fake logging, in-memory posted messages and a substitute delivery ledger.
/// Backoff delays are zero unless a test asks otherwise.
/// </summary>
internal sealed class RestHarness : IAsyncDisposable
{
    public const string ApplicationId = "1100000000000000001";
    public const string BotToken = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GhX2kq.bot-token-secret-value";
    public const string InteractionToken = "aW50ZXJhY3Rpb246MTMwMDAwMDAwMDAwMDAwMDAwMjp0b2tlbg-secret";
    public const string Channel = "1500000000000000001";
    public const string OtherChannel = "1500000000000000002";

    private readonly ServiceProvider _provider;

    private RestHarness(ServiceProvider provider, FakeDiscordApi api, FakeTimeProvider time)
    {
        _provider = provider;
        Api = api;
        Time = time;
    }

    /// <summary>The production settings with no backoff delay, so failure tests need no clock.</summary>
    public static DiscordRestResilienceOptions Fast { get; } = new() { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };

    public FakeDiscordApi Api { get; }

    public FakeTimeProvider Time { get; }

    public DiscordRestClient Client => _provider.GetRequiredService<DiscordRestClient>();

    public DiscordOutboundChannel Outbound => _provider.GetRequiredService<DiscordOutboundChannel>();

    public CommandRegistrar Registrar => _provider.GetRequiredService<CommandRegistrar>();

    public InMemoryPostedMessages Posted => (InMemoryPostedMessages)_provider.GetRequiredService<IPostedMessages>();

    public IDeliveryLedger Ledger => _provider.GetRequiredService<IDeliveryLedger>();

    public FakeLogCollector Logs => _provider.GetFakeLogCollector();

    public IServiceProvider Services => _provider;

    public static RestHarness Start(DiscordRestResilienceOptions? resilience = null)
    {
        FakeTimeProvider time = new(new DateTimeOffset(2026, 8, 1, 10, 0, 0, TimeSpan.Zero));
        FakeDiscordApi api = new(time);
        ServiceCollection services = new();
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(time);
        services.AddOptions<DiscordOptions>().Configure(options =>
        {
            options.ApplicationId = ApplicationId;
            options.BotToken = BotToken;
            options.ApiBaseUrl = FakeDiscordApi.BaseUrl;
        });
        services.AddSingleton<IPostedMessages, InMemoryPostedMessages>();
        services.AddSingleton(Substitute.For<IDeliveryLedger>());
        services.AddDiscordOutbound(resilience ?? Fast);
        services.AddHttpClient(DiscordRestClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => api);
        return new RestHarness(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }), api, time);
    }

    /// <summary>Lets the fake clock run in small steps until <paramref name="task"/> ends (bounded, so a hang fails the test).</summary>
    public async Task<T> RunAsync<T>(Task<T> task, TimeSpan step)
    {
        for (int i = 0; i < 2000 && !task.IsCompleted; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(1), TestContext.Current.CancellationToken);
            Time.Advance(step);
        }

        return await task;
    }

    /// <summary>Gives tasks started without awaiting a moment of real time to reach their next wait on the fake clock.</summary>
    public static async Task SettleAsync()
    {
        for (int i = 0; i < 5; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Every rendered log message and structured value, to look for secrets in.</summary>
    public string AllLogText() => string.Join(
        "\n",
        Logs.GetSnapshot().Select(record =>
            record.Message + " " + record.Exception + " "
            + string.Join(" ", record.StructuredState?.Select(pair => pair.Key + "=" + pair.Value) ?? [])));

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
