using ChatOpsItsm.Adapters.Teams.Authentication;
using ChatOpsItsm.Adapters.Teams.Configuration;
using ChatOpsItsm.Adapters.Teams.Inbound;
using ChatOpsItsm.Adapters.Teams.Tests.Fixtures;
using ChatOpsItsm.Adapters.Teams.Tests.Inbound;
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
using ChatOpsItsm.TestSupport.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace ChatOpsItsm.Adapters.Teams.Tests;

/// <summary>
/// The Teams adapter composed as the host composes it (<c>AddConversationEngine</c> + <c>AddTeamsAdapter</c>) with
/// NSubstitute for the engine's ports, the <see cref="LocalOpenIdIssuer"/> serving the signing keys, a
/// <see cref="RecordingReplies"/> for the reply path, a <see cref="FakeTimeProvider"/> and fake logging.
/// </summary>
internal sealed class TeamsHarness : IDisposable
{
    private readonly ServiceProvider _provider;

    public TeamsHarness(Action<TeamsOptions>? configure = null)
    {
        Issuer = new LocalOpenIdIssuer(Time);
        InboundLedger.TryRecordAsync(Arg.Any<string>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(true);
        Preferences.WantsNonEssentialAsync(Arg.Any<UserIdentity>(), Arg.Any<CancellationToken>()).Returns(true);
        Incidents.ListAsync(Arg.Any<IncidentQuery>(), Arg.Any<CancellationToken>()).Returns(new IncidentPage([], null));
        TeamsOptions options = new() { Enabled = true, AppId = LocalOpenIdIssuer.AppId, OpenIdMetadataUrl = LocalOpenIdIssuer.MetadataUrl };
        configure?.Invoke(options);

        ServiceCollection services = new();
        services.AddSingleton<TimeProvider>(Time);
        services.AddLogging(logging => logging.AddFakeLogging());
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new ItsmOptions()));
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton(Incidents);
        services.AddSingleton(Changes);
        services.AddSingleton(Substitute.For<ChatOpsItsm.Engine.Releases.IReleaseStore>());
        Problems.ListAsync(Arg.Any<ProblemQuery>(), Arg.Any<CancellationToken>()).Returns(new ProblemPage([], null));
        services.AddSingleton(Problems);
        services.AddSingleton(Substitute.For<ChatOpsItsm.Engine.Requests.IRequestStore>());
        services.AddSingleton(Substitute.For<IDialogStore>());
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
        services.AddSingleton<ITeamsReplies>(Replies);
        services.AddConversationEngine();
        services.AddTeamsAdapter();
        services.AddHttpClient(BotFrameworkSigningKeys.HttpClientName).ConfigurePrimaryHttpMessageHandler(Issuer.CreateHandler);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Processor = _provider.GetRequiredService<TeamsActivityProcessor>();
        Validator = _provider.GetRequiredService<BotFrameworkTokenValidator>();
        Logs = _provider.GetFakeLogCollector();
    }

    public FakeTimeProvider Time { get; } = new(BuilderDefaults.Instant);

    public LocalOpenIdIssuer Issuer { get; }

    public IIncidentStore Incidents { get; } = Substitute.For<IIncidentStore>();

    public IChangeStore Changes { get; } = Substitute.For<IChangeStore>();

    public IProblemStore Problems { get; } = Substitute.For<IProblemStore>();

    public IInboundLedger InboundLedger { get; } = Substitute.For<IInboundLedger>();

    public IConversationReferences References { get; } = Substitute.For<IConversationReferences>();

    public INotificationPreferences Preferences { get; } = Substitute.For<INotificationPreferences>();

    public IWorkScheduler Scheduler { get; } = Substitute.For<IWorkScheduler>();

    /// <summary>Which conversation is a war room: none unless a test says so.</summary>
    public IWarRooms WarRooms { get; } = Substitute.For<IWarRooms>();

    public RecordingReplies Replies { get; } = new();

    public TeamsActivityProcessor Processor { get; }

    public BotFrameworkTokenValidator Validator { get; }

    public FakeLogCollector Logs { get; }

    public Task<TeamsHttpResult> PostAsync(string fixture, Action<IssuedTokenOptions>? token = null) =>
        PostAsync(ActivityFixtures.Bytes(fixture), Issuer.CreateAuthorization(token));

    public Task<TeamsHttpResult> PostAsync(byte[] body, string? authorization) =>
        Processor.ProcessAsync(authorization, body, TestContext.Current.CancellationToken);

    /// <summary>Nothing reached the engine, nothing was stored, queued or sent.</summary>
    public void AssertNothingProcessed()
    {
        Assert.Empty(InboundLedger.ReceivedCalls());
        Assert.Empty(References.ReceivedCalls());
        Assert.Empty(Scheduler.ReceivedCalls());
        Assert.Empty(Incidents.ReceivedCalls());
        Assert.Empty(Replies.Sent);
    }

    public void Dispose()
    {
        _provider.Dispose();
        Issuer.Dispose();
    }
}
