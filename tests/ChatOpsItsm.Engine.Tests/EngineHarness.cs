using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Dialogs;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.TestSupport.Builders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests;

/// <summary>
/// The conversation engine composed as the host composes it (<c>AddConversationEngine</c>), with NSubstitute
/// substitutes for the storage ports and two outbound channels (<c>local</c>, <c>teams</c>), the real configured
/// person directory, a <see cref="FakeTimeProvider"/> at <see cref="BuilderDefaults.Instant"/> and a
/// <see cref="FakeLogger{T}"/>. The dialog store substitute keeps its rows like storage does (conditional on the
/// version), so multi-step conversations run end to end; the incident store substitute keeps the outbound work it is
/// handed in <see cref="Outbound"/>. Every inbound event is new and everyone wants every notification until a test says otherwise.
/// </summary>
internal sealed partial class EngineHarness : IDisposable
{
    public static readonly RecordVersion StoredVersion = new("etag-1");

    private readonly Dictionary<DialogKey, StoredDialog> _dialogRows = [];
    private readonly ServiceProvider _provider;
    private int _dialogWrites;

    public EngineHarness(ItsmOptions? options = null)
    {
        Options = options ?? DefaultOptions();
        KeepDialogsLikeStorage();
        KeepChangesLikeStorage();
        KeepReleasesLikeStorage();
        KeepProblemsLikeStorage();
        KeepRequestsLikeStorage();
        Incidents.CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                Incident incident = call.Arg<Func<TicketId, Incident>>()(FirstId);
                Created.Add(incident);
                Outbound.AddRange(call.Arg<Func<Incident, IReadOnlyList<OutboundWork>>>()(incident));
                return incident;
            });
        Incidents.ListAsync(Arg.Any<IncidentQuery>(), Arg.Any<CancellationToken>()).Returns(new IncidentPage([], null));
        Incidents.SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                Outbound.AddRange(call.Arg<IReadOnlyList<OutboundWork>>());
                return SaveOutcome.Saved;
            });
        InboundLedger.TryRecordAsync(Arg.Any<string>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(true);
        Preferences.WantsNonEssentialAsync(Arg.Any<UserIdentity>(), Arg.Any<CancellationToken>()).Returns(true);
        LocalChannel.Platform.Returns("local");
        TeamsChannel.Platform.Returns("teams");

        ServiceCollection services = new();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(Options));
        services.AddSingleton(Incidents);
        services.AddSingleton(Dialogs);
        services.AddSingleton(Changes);
        services.AddSingleton(Releases);
        services.AddSingleton(Problems);
        services.AddSingleton(Requests);
        services.AddSingleton(InboundLedger);
        services.AddSingleton(References);
        services.AddSingleton(Links);
        services.AddSingleton(Scheduler);
        services.AddSingleton(Preferences);
        services.AddSingleton(DeliveryLedger);
        services.AddSingleton(FailedDeliveries);
        services.AddSingleton(LocalChannel);
        services.AddSingleton(TeamsChannel);
        AddMajorPorts(services);
        services.AddSingleton<ILogger<ConversationEngine>>(Logger);
        services.AddConversationEngine();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Engine = _provider.GetRequiredService<ConversationEngine>();
        Delivery = _provider.GetRequiredService<IDeliveryHandler>();
    }

    /// <summary>The id the substituted store hands to the first incident created.</summary>
    public static TicketId FirstId { get; } = BuilderDefaults.IncidentId;

    public ItsmOptions Options { get; }

    /// <summary>The incidents the substituted store was asked to create, in order.</summary>
    public List<Incident> Created { get; } = [];

    public IIncidentStore Incidents { get; } = Substitute.For<IIncidentStore>();

    public IDialogStore Dialogs { get; } = Substitute.For<IDialogStore>();

    /// <summary>The outbound work the incident store was handed with each create and save, in order.</summary>
    public List<OutboundWork> Outbound { get; } = [];

    public IInboundLedger InboundLedger { get; } = Substitute.For<IInboundLedger>();

    public IConversationReferences References { get; } = Substitute.For<IConversationReferences>();

    /// <summary>The identity links: none unless a test says so.</summary>
    public ChatOpsItsm.Engine.Identity.IIdentityLinks Links { get; } = Substitute.For<ChatOpsItsm.Engine.Identity.IIdentityLinks>();

    /// <summary>Work queued outside a ticket's transaction (a link code's direct message).</summary>
    public ChatOpsItsm.Engine.Delivery.IWorkScheduler Scheduler { get; } = Substitute.For<ChatOpsItsm.Engine.Delivery.IWorkScheduler>();

    public INotificationPreferences Preferences { get; } = Substitute.For<INotificationPreferences>();

    public IDeliveryLedger DeliveryLedger { get; } = Substitute.For<IDeliveryLedger>();

    public IFailedDeliveries FailedDeliveries { get; } = Substitute.For<IFailedDeliveries>();

    /// <summary>The outbound channel of the <c>local</c> platform.</summary>
    public IOutboundChannel LocalChannel { get; } = Substitute.For<IOutboundChannel>();

    /// <summary>The outbound channel of the <c>teams</c> platform.</summary>
    public IOutboundChannel TeamsChannel { get; } = Substitute.For<IOutboundChannel>();

    public FakeTimeProvider Time { get; } = new(BuilderDefaults.Instant);

    public FakeLogger<ConversationEngine> Logger { get; } = new();

    public ConversationEngine Engine { get; }

    /// <summary>What the delivery workers call: the engine's <see cref="DeliveryProcessor"/>.</summary>
    public IDeliveryHandler Delivery { get; }

    /// <summary>
    /// Bob is an agent, Olga on call, Root an admin; Carol, Dave and Alice are in the cab (so a change Alice raises
    /// has two eligible approvers), Erin in the ecab, each group with its routes; the services are email (outlook, mail), printing (printer)
    /// and vpn (tunnel); the on-call routes are <c>local:oncall</c> and a Teams channel.
    /// </summary>
    public static ItsmOptions DefaultOptions() => new()
    {
        Admins = ["local:root"],
        Roles = new Dictionary<string, IList<string>>
        {
            ["agent"] = ["local:bob"],
            ["oncall"] = ["local:olga"],
            ["cab"] = ["local:carol", "local:dave", "local:alice"],
            ["ecab"] = ["local:erin"],
        },
        Services =
        [
            new ServiceOptions { Name = "email", Keywords = ["outlook", "mail"] },
            new ServiceOptions { Name = "printing", Keywords = ["printer"] },
            new ServiceOptions { Name = "vpn", Keywords = ["tunnel"] },
        ],
        Routes = new RoutesOptions
        {
            OnCall = [OnCallLocal.ToString(), OnCallTeams.ToString()],
            Approvers = new Dictionary<string, IList<string>>
            {
                ["cab"] = [CabLocal.ToString(), CabTeams.ToString()],
                ["ecab"] = [EcabLocal.ToString()],
            },
        },
    };

    /// <summary>The on-call route in the local chat.</summary>
    public static ConversationAddress OnCallLocal { get; } = new("local", "oncall");

    /// <summary>The on-call route in Teams.</summary>
    public static ConversationAddress OnCallTeams { get; } = new("teams", "19:oncall@thread.tacv2");

    /// <summary>Hands <paramref name="work"/> to the delivery handler as a worker would.</summary>
    public Task<DeliveryResult> DeliverAsync(OutboundWork work) => Delivery.HandleAsync(work, TestContext.Current.CancellationToken);

    public Task<EngineResponse> HandleAsync(InboundEvent inbound) =>
        Engine.HandleAsync(inbound, TestContext.Current.CancellationToken);

    /// <summary>Sends the event and returns the one reply it must produce.</summary>
    public async Task<Reply> ReplyToAsync(InboundEvent inbound)
    {
        EngineResponse response = await HandleAsync(inbound);
        return Assert.Single(response.Replies);
    }

    /// <summary>Makes the store hold <paramref name="incident"/> (with and without its history) at <see cref="StoredVersion"/>.</summary>
    public Incident Holds(Incident incident)
    {
        Incidents.GetAsync(incident.Id, Arg.Any<CancellationToken>()).Returns(new StoredIncident(incident, StoredVersion));
        Incidents.GetWithHistoryAsync(incident.Id, Arg.Any<CancellationToken>())
            .Returns(new IncidentWithHistory(incident, [.. incident.PendingEvents]));
        return incident;
    }

    /// <summary>The dialog the person has in local:general, as the dialog store holds it now.</summary>
    public DialogState? DialogOf(ChannelUser user) =>
        _dialogRows.TryGetValue(new DialogKey(Chat.General, user.Identity), out StoredDialog? row) ? row.State : null;

    public void Dispose()
    {
        _provider.Dispose();
    }

    private void KeepDialogsLikeStorage()
    {
        Dialogs.GetAsync(Arg.Any<DialogKey>(), Arg.Any<CancellationToken>())
            .Returns(call => _dialogRows.GetValueOrDefault(call.Arg<DialogKey>()));
        Dialogs.SaveAsync(Arg.Any<DialogState>(), Arg.Any<RecordVersion?>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                DialogState state = call.Arg<DialogState>();
                RecordVersion? expected = call.Arg<RecordVersion?>();
                StoredDialog? current = _dialogRows.GetValueOrDefault(state.Key);
                if (current?.Version != expected)
                {
                    return SaveOutcome.Conflict;
                }

                _dialogWrites++;
                _dialogRows[state.Key] = new StoredDialog(state, new RecordVersion($"dialog-etag-{_dialogWrites}"));
                return SaveOutcome.Saved;
            });
        Dialogs.DeleteAsync(Arg.Any<DialogKey>(), Arg.Any<RecordVersion>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                DialogKey key = call.Arg<DialogKey>();
                if (_dialogRows.GetValueOrDefault(key)?.Version != call.Arg<RecordVersion>())
                {
                    return SaveOutcome.Conflict;
                }

                _dialogRows.Remove(key);
                return SaveOutcome.Saved;
            });
    }
}
