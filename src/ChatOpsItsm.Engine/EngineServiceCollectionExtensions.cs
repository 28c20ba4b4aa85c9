using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Sla;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Help;
using ChatOpsItsm.Engine.Identity;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Intake;
using ChatOpsItsm.Engine.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine;

public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the conversation engine and its handlers. The caller binds <see cref="ItsmOptions"/> and
    /// registers the storage ports (<see cref="IIncidentStore"/>, <see cref="Dialogs.IDialogStore"/>).
    /// </summary>
    public static IServiceCollection AddConversationEngine(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IValidateOptions<ItsmOptions>, ItsmOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<CommandParser>();
        services.AddSingleton(provider => SlaPolicyFrom(provider.GetRequiredService<IOptions<ItsmOptions>>().Value));
        services.AddSingleton<IPersonDirectory, ConfiguredPersonDirectory>();
        services.AddSingleton<IncidentCards>();
        services.AddSingleton<IncidentOutbound>();
        services.AddSingleton<IncidentReporter>();
        services.AddSingleton<IntakeGuesser>();
        services.AddSingleton<IntakeDialogs>();
        services.AddSingleton<ReportIncidentHandler>();
        services.AddSingleton<ShowIncidentHandler>();
        services.AddSingleton<ListIncidentsHandler>();
        services.AddSingleton<ChangeIncidentHandler>();
        services.AddSingleton<HelpHandler>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<ConversationEngine>();
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
