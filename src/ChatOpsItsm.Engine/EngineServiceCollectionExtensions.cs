using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Domain.Sla;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Help;
using ChatOpsItsm.Engine.Identity;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Intake;
using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.Engine.Releases;
using ChatOpsItsm.Engine.Requests;
using ChatOpsItsm.Engine.Suggestions;
using ChatOpsItsm.Engine.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine;

public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the conversation engine, its handlers and the delivery handler (<see cref="IDeliveryHandler"/>) the
    /// delivery workers call. The caller binds <see cref="ItsmOptions"/> and registers the ports: storage
    /// (<see cref="IIncidentStore"/>, <see cref="IChangeStore"/>, <see cref="IProblemStore"/>, <see cref="Dialogs.IDialogStore"/>, <see cref="IInboundLedger"/>,
    /// <see cref="IConversationReferences"/>, <see cref="INotificationPreferences"/>, <see cref="IDeliveryLedger"/>,
    /// <see cref="IFailedDeliveries"/>, <see cref="IWorkScheduler"/>, <see cref="LocalChannel.ILocalConversationStore"/>,
    /// <see cref="IWarRooms"/>, <see cref="IBurstOffers"/>), logging, and one <see cref="IOutboundChannel"/> per platform.
    /// </summary>
    public static IServiceCollection AddConversationEngine(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IValidateOptions<ItsmOptions>, ItsmOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<CommandParser>();
        services.AddSingleton(provider => SlaPolicyFrom(provider.GetRequiredService<IOptions<ItsmOptions>>().Value));
        services.AddSingleton<ConfiguredPersonDirectory>();
        services.AddSingleton<IPersonDirectory, LinkedPersonDirectory>();
        services.AddSingleton<PersonReach>();
        services.AddSingleton<LinkHandler>();
        services.AddSingleton<UnlinkHandler>();
        services.AddSingleton<IdentityRouter>();
        services.AddSingleton<IncidentCards>();
        services.AddSingleton<IncidentOutbound>();
        services.AddSingleton<MajorCards>();
        services.AddSingleton<MajorOutbound>();
        services.AddSingleton<IMessageRefresh, MajorBoardRefresh>();
        services.AddSingleton<MajorReview>();
        services.AddSingleton<BurstDetector>();
        services.AddSingleton<WarRoomOpener>();
        services.AddSingleton<MajorCadenceHandler>();
        services.AddSingleton<IncidentUpdater>();
        services.AddSingleton<IncidentReporter>();
        services.AddSingleton<IntakeGuesser>();
        services.AddSingleton<IntakeDialogs>();
        services.AddSingleton<ReportIncidentHandler>();
        services.AddSingleton<ShowIncidentHandler>();
        services.AddSingleton<ListIncidentsHandler>();
        services.AddSingleton<ChangeIncidentHandler>();
        services.AddSingleton<ChangeSettings>();
        services.AddSingleton<ChangeCards>();
        services.AddSingleton<ChangeSuspects>();
        services.AddSingleton<ChangeLinkHandler>();
        services.AddSingleton<VoteCards>();
        services.AddSingleton<IMessageRefresh, VoteCardRefresh>();
        services.AddSingleton<ChangeOutbound>();
        services.AddSingleton<ChangeOverlaps>();
        services.AddSingleton<ChangeUpdater>();
        services.AddSingleton<NewChangeHandler>();
        services.AddSingleton<SubmitChangeHandler>();
        services.AddSingleton<EditChangeHandler>();
        services.AddSingleton<VoteChangeHandler>();
        services.AddSingleton<ChangeLifecycleHandler>();
        services.AddSingleton<ShowChangeHandler>();
        services.AddSingleton<ListChangesHandler>();
        services.AddSingleton<ChangeRouter>();
        services.AddSingleton<CatalogSettings>();
        services.AddSingleton<RequestCards>();
        services.AddSingleton<ApprovalCards>();
        services.AddSingleton<RequestOutbound>();
        services.AddSingleton<RequestUpdater>();
        services.AddSingleton<CatalogHandler>();
        services.AddSingleton<NewRequestHandler>();
        services.AddSingleton<ApproveRequestHandler>();
        services.AddSingleton<RequestLifecycleHandler>();
        services.AddSingleton<ShowRequestHandler>();
        services.AddSingleton<ListRequestsHandler>();
        services.AddSingleton<RequestRouter>();
        services.AddSingleton<ProblemCards>();
        services.AddSingleton<ProblemOutbound>();
        services.AddSingleton<ProblemUpdater>();
        services.AddSingleton<ProblemHints>();
        services.AddSingleton<NewProblemHandler>();
        services.AddSingleton<ProblemLifecycleHandler>();
        services.AddSingleton<ShowProblemHandler>();
        services.AddSingleton<ListProblemsHandler>();
        services.AddSingleton<ProblemRouter>();
        services.AddSingleton<ReleaseCards>();
        services.AddSingleton<ReleaseOutbound>();
        services.AddSingleton<ReleaseUpdater>();
        services.AddSingleton<ReleaseChangeStates>();
        services.AddSingleton<NewReleaseHandler>();
        services.AddSingleton<ReleaseMembershipHandler>();
        services.AddSingleton<ReleaseLifecycleHandler>();
        services.AddSingleton<DeployReleaseHandler>();
        services.AddSingleton<ShowReleaseHandler>();
        services.AddSingleton<ListReleasesHandler>();
        services.AddSingleton<ReleaseRouter>();
        services.AddSingleton<MajorSettings>();
        services.AddSingleton<MajorUpdater>();
        services.AddSingleton<MajorPeople>();
        services.AddSingleton<MajorDeclarer>();
        services.AddSingleton<MajorLinker>();
        services.AddSingleton<FollowUpTickets>();
        services.AddSingleton<DeclareMajorHandler>();
        services.AddSingleton<MajorRunHandler>();
        services.AddSingleton<MajorRoleHandler>();
        services.AddSingleton<FollowUpHandler>();
        services.AddSingleton<RaiseActionHandler>();
        services.AddSingleton<JoinWarRoomHandler>();
        services.AddSingleton<MajorLinkHandler>();
        services.AddSingleton<ShowMajorHandler>();
        services.AddSingleton<WarRoomTimelineHandler>();
        services.AddSingleton<MajorRouter>();
        services.AddSingleton<HelpHandler>();
        services.AddSingleton<NotifyHandler>();
        services.AddSingleton<FailedDeliveriesHandler>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<InboundGate>();
        services.AddSingleton<ConversationEngine>();
        services.AddSingleton<Suggester>();
        services.AddSingleton<OutboundChannels>();
        services.AddSingleton<NotificationSender>();
        services.AddSingleton<SlaTimerHandler>();
        services.AddSingleton<AutoCloseHandler>();
        services.AddSingleton<VoteDeadlineHandler>();
        services.AddSingleton<TimerHandler>();
        services.AddSingleton<IDeliveryHandler, DeliveryProcessor>();
        return services;
    }

    public static SlaPolicy SlaPolicyFrom(ItsmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Dictionary<Priority, SlaTarget> overrides = options.Sla.ToDictionary(
            pair => PriorityKeys.TryParse(pair.Key, out Priority priority)
                ? priority
                : throw new InvalidOperationException($"Itsm:Sla:{pair.Key} is not a priority."),
            pair => new SlaTarget(pair.Value.Response, pair.Value.Resolution));
        return SlaPolicy.Default.With(overrides);
    }
}
