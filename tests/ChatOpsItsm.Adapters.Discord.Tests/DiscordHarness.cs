using System.Text;
using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Discord.Configuration;
using ChatOpsItsm.Adapters.Discord.Inbound;
using ChatOpsItsm.Adapters.Discord.Tests.Fixtures.Interactions;
using ChatOpsItsm.Adapters.Discord.Tests.Inbound;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Dialogs;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.LocalChannel;
using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.TestSupport.Builders;
using ChatOpsItsm.TestSupport.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace ChatOpsItsm.Adapters.Discord.Tests;

/// <summary>
/// The Discord adapter composed as the host composes it (<c>AddConversationEngine</c> + <c>AddDiscordAdapter</c>) with
/// NSubstitute for the engine's storage ports, an in-memory dialog store, an <see cref="InteractionSigner"/> whose
/// public key the options carry, a <see cref="FakeTimeProvider"/> and fake logging.
/// </summary>
internal sealed class DiscordHarness : IDisposable
{
    /// <summary>The guild of the brief's fixtures.</summary>
    public const string Guild = "1400000000000000001";

    /// <summary>The invokers of the brief's fixtures hold the agent role, so incident buttons and forms are theirs to use.</summary>
    public static readonly string[] Agents = ["discord:1600000000000000001", "discord:1600000000000000002", "discord:1600000000000000003"];

    private readonly ServiceProvider _provider;

    public DiscordHarness(Action<DiscordOptions>? configure = null)
    {
        InboundLedger.TryRecordAsync(Arg.Any<string>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(true);
        Preferences.WantsNonEssentialAsync(Arg.Any<UserIdentity>(), Arg.Any<CancellationToken>()).Returns(true);
        Incidents.ListAsync(Arg.Any<IncidentQuery>(), Arg.Any<CancellationToken>()).Returns(new IncidentPage([], null));
        Dialogs = new InMemoryDialogStore(Time);
        Options = new DiscordOptions
        {
            Enabled = true,
            ApplicationId = "1100000000000000001",
            PublicKey = Signer.PublicKeyHex,
            BotToken = "test-bot-token",
        };
        configure?.Invoke(Options);
        ItsmOptions itsm = new()
        {
            Roles = new Dictionary<string, IList<string>> { ["agent"] = Agents },
            Services = [new ServiceOptions { Name = "Checkout API", Keywords = ["checkout"] }, new ServiceOptions { Name = "Payroll" }],
        };

        ServiceCollection services = new();
        services.AddSingleton<TimeProvider>(Time);
        services.AddLogging(logging => logging.AddFakeLogging());
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(itsm));
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(Options));
        services.AddSingleton(Incidents);
        services.AddSingleton(Changes);
        services.AddSingleton(Substitute.For<ChatOpsItsm.Engine.Releases.IReleaseStore>());
        Problems.ListAsync(Arg.Any<ProblemQuery>(), Arg.Any<CancellationToken>()).Returns(new ProblemPage([], null));
        Changes.ListAsync(Arg.Any<ChangeQuery>(), Arg.Any<CancellationToken>()).Returns(new ChangePage([], null));
        services.AddSingleton(Problems);
        services.AddSingleton(Substitute.For<ChatOpsItsm.Engine.Requests.IRequestStore>());
        services.AddSingleton<IDialogStore>(Dialogs);
        services.AddSingleton(InboundLedger);
        services.AddSingleton(References);
        services.AddSingleton(Substitute.For<ChatOpsItsm.Engine.Identity.IIdentityLinks>());
        services.AddSingleton(Preferences);
        services.AddSingleton(Substitute.For<IDeliveryLedger>());
        services.AddSingleton(Substitute.For<IFailedDeliveries>());
        services.AddSingleton(Scheduler);
        services.AddSingleton(Substitute.For<ILocalConversationStore>());
        services.AddSingleton(Substitute.For<IPostedMessages>());
        services.AddSingleton(WarRooms);
        services.AddSingleton(Substitute.For<IBurstOffers>());
        services.AddConversationEngine();
        services.AddDiscordAdapter();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Processor = _provider.GetRequiredService<DiscordInteractionProcessor>();
        Pending = _provider.GetRequiredService<PendingInteractions>();
        Logs = _provider.GetFakeLogCollector();
    }

    public FakeTimeProvider Time { get; } = new(BuilderDefaults.Instant);

    public InteractionSigner Signer { get; } = new();

    public DiscordOptions Options { get; }

    public IIncidentStore Incidents { get; } = Substitute.For<IIncidentStore>();

    public IChangeStore Changes { get; } = Substitute.For<IChangeStore>();

    public IProblemStore Problems { get; } = Substitute.For<IProblemStore>();

    public InMemoryDialogStore Dialogs { get; }

    public IInboundLedger InboundLedger { get; } = Substitute.For<IInboundLedger>();

    public IConversationReferences References { get; } = Substitute.For<IConversationReferences>();

    public INotificationPreferences Preferences { get; } = Substitute.For<INotificationPreferences>();

    public IWorkScheduler Scheduler { get; } = Substitute.For<IWorkScheduler>();

    /// <summary>Which conversation is a war room: none unless a test says so.</summary>
    public IWarRooms WarRooms { get; } = Substitute.For<IWarRooms>();

    public DiscordInteractionProcessor Processor { get; }

    public PendingInteractions Pending { get; }

    public FakeLogCollector Logs { get; }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public Task<DiscordHttpResult> PostAsync(string fixture) => PostAsync(InteractionFixtures.Bytes(fixture));

    /// <summary>Signed now, as Discord signs it.</summary>
    public Task<DiscordHttpResult> PostAsync(byte[] body)
    {
        string timestamp = InteractionSigner.TimestampOf(Time.GetUtcNow());
        return PostAsync(body, Signer.Sign(timestamp, body), timestamp);
    }

    public Task<DiscordHttpResult> PostAsync(byte[] body, string? signature, string? timestamp) =>
        Processor.ProcessAsync(signature, timestamp, body, TestContext.Current.CancellationToken);

    /// <summary>The work queued for later delivery, in order.</summary>
    /// <summary>The answers queued for interactions (not the interrupted notices, see <see cref="QueuedNotices"/>).</summary>
    public List<InteractionReplyWork> QueuedReplies() =>
        [.. Scheduler.ReceivedCalls().Select(call => call.GetArguments()[0]).OfType<InteractionReplyWork>().Where(work => work.SkipIfDone is null)];

    /// <summary>The "I was interrupted" notices queued when an interaction was deferred.</summary>
    public List<InteractionReplyWork> QueuedNotices() =>
        [.. Scheduler.ReceivedCalls().Select(call => call.GetArguments()[0]).OfType<InteractionReplyWork>().Where(work => work.SkipIfDone is not null)];

    /// <summary>Nothing reached the engine, nothing was stored, queued or looked up.</summary>
    public void AssertNothingProcessed()
    {
        Assert.Empty(InboundLedger.ReceivedCalls());
        Assert.Empty(References.ReceivedCalls());
        Assert.Empty(Scheduler.ReceivedCalls());
        Assert.Empty(Incidents.ReceivedCalls());
        Assert.Empty(Dialogs.Live);
    }

    /// <summary>Every log line so far, rendered, for "never logged" checks.</summary>
    public string AllLogText() =>
        string.Join('\n', Logs.GetSnapshot().Select(r => $"{r.Message} {string.Join(' ', r.StructuredState?.Select(s => s.Value) ?? [])} {r.Exception}"));

    public static string Text(DiscordHttpResult result) => result.Json is null ? "" : Encoding.UTF8.GetString(result.Json);

    /// <summary>The same JSON, whatever the property order and escaping (the serializer writes <c>·</c> as <c>\u00B7</c>).</summary>
    public static void AssertJson(string expected, string? actual)
    {
        JsonNode? actualNode = actual is null ? null : JsonNode.Parse(actual);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actualNode), $"Expected {expected}\nActual   {actualNode?.ToJsonString(Relaxed)}");
    }

    public static void AssertJson(string expected, DiscordHttpResult result) => AssertJson(expected, Text(result));

    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Dispose() => _provider.Dispose();
}
