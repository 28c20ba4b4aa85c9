using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Engine.Suggestions;

namespace ChatOpsItsm.Engine.Commands;

/// <summary>The <c>problem</c> commands of the catalog (SPEC §4, issue 6 §3): problems, their root causes and known errors.</summary>
public static class ProblemCommands
{
    /// <summary>Room for <see cref="ProblemLimits.MaxIncidents"/> ids such as INC-1001, comma-separated.</summary>
    private const int IncidentListMaxLength = 800;

    private static readonly Role[] Workers = [Role.Agent, Role.OnCall, Role.Admin];

    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        new("problem", "new", "Raise a problem from incidents: from:INC-1001,INC-1002 (service defaults to the first one's)", [
            ParameterDefinition.RestText("title", "the suspected cause, in a line", ProblemLimits.TitleMaxLength),
            ParameterDefinition.Option("service", "the service (default: the first incident's)", ProblemLimits.ServiceMaxLength) with { SuggestFrom = SuggestionSource.Services },
            ParameterDefinition.Option("from", "the incidents it explains, comma-separated: INC-1001,INC-1002", IncidentListMaxLength)], Workers),
        new("problem", "link", "Link an incident to a problem", [Id(), Incident()], Workers),
        new("problem", "unlink", "Unlink an incident from a problem", [Id(), Incident()], Workers),
        new("problem", "rootcause", "Record the root cause (starts the analysis)", [
            Id(), ParameterDefinition.RestText("text", "the root cause", ProblemLimits.RootCauseMaxLength)], Workers),
        new("problem", "workaround", "Record the workaround: the problem becomes a known error", [
            Id(), ParameterDefinition.RestText("text", "what people can do meanwhile", ProblemLimits.WorkaroundMaxLength)], Workers),
        new("problem", "resolve", "Resolve a problem: the cause is removed", [
            Id(), ParameterDefinition.RestText("text", "how the cause was removed", ProblemLimits.ResolutionMaxLength)], Workers),
        new("problem", "close", "Close a resolved problem", [Id()], Workers),
        new("problem", "show", "A problem's incidents, root cause, workaround and history", [Id()], []),
        new("problem", "list", "Problems: the open ones, the known errors, or all", [
            ParameterDefinition.Choice("scope", "which problems", positional: true, "open", "known", "all")], []),
    ];

    private static ParameterDefinition Id() => ParameterDefinition.Id("the problem id, e.g. PRB-1001");

    private static ParameterDefinition Incident() =>
        new("incident", "the incident id, e.g. INC-1001", ParameterKind.TicketId, Required: true, Positional: true, 20, []);
}
