using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Suggestions;

namespace ChatOpsItsm.Engine.Commands;

/// <summary>Every command the bot understands (SPEC §4), in the order help lists them.</summary>
public sealed class CommandCatalog
{
    private static readonly Role[] Workers = [Role.Agent, Role.OnCall, Role.Admin];
    private static readonly Role[] Admins = [Role.Admin];
    private static readonly string[] Levels = ["high", "medium", "low"];
    private static readonly string[] Priorities = ["P1", "P2", "P3", "P4", "P5"];

    public CommandCatalog()
    {
        Commands =
        [
            new("help", null, "What I can do for you", [
                ParameterDefinition.Choice("topic", "a command to explain", positional: true, "incident", "major", "change", "request", "problem", "release", "link", "notify", "admin")], []),
            new("whoami", null, "Your identity and roles", [], []),
            .. IdentityCommands.All,
            new("incident", "report", "Report an incident; missing fields are asked for with a form", [
                ParameterDefinition.RestText("title", "what is wrong, in a line", IncidentLimits.TitleMaxLength, required: false),
                ParameterDefinition.Option("service", "the affected service", IncidentLimits.ServiceMaxLength) with { SuggestFrom = SuggestionSource.Services },
                ParameterDefinition.Choice("impact", "how widely it hurts", positional: false, Levels),
                ParameterDefinition.Choice("urgency", "how soon it must be fixed", positional: false, Levels),
                ParameterDefinition.Option("description", "details", IncidentLimits.DescriptionMaxLength)], []),
            new("incident", "show", "An incident's status, SLA and history", [ParameterDefinition.Id()], []),
            new("incident", "list", "Incidents: yours, the open ones, or all", [
                ParameterDefinition.Choice("scope", "whose incidents", positional: true, "mine", "open", "all"),
                ParameterDefinition.Choice("priority", "only this priority", positional: false, Priorities)], []),
            new("incident", "assign", "Give an incident to someone (default: you)", [
                ParameterDefinition.Id(),
                new("user", "me, @name or platform:id", ParameterKind.User, Required: false, Positional: true, 128, [])], Workers),
            new("incident", "note", "Add a work note", [
                ParameterDefinition.Id(),
                ParameterDefinition.RestText("text", "the note", IncidentLimits.NoteMaxLength)], []),
            new("incident", "hold", "Put an incident on hold (waiting on the requester pauses the SLA)", [
                ParameterDefinition.Id(),
                ParameterDefinition.Choice("for", "what it waits on", positional: false, "requester", "vendor", "change"),
                ParameterDefinition.RestText("reason", "why it waits", IncidentLimits.ReasonMaxLength, required: false)], Workers),
            new("incident", "resume", "Take an incident off hold", [ParameterDefinition.Id()], Workers),
            new("incident", "resolve", "Resolve an incident", [
                ParameterDefinition.Id(),
                ParameterDefinition.RestText("resolution", "what fixed it", IncidentLimits.ResolutionMaxLength)], Workers),
            new("incident", "close", "Close a resolved incident", [ParameterDefinition.Id()], []),
            new("incident", "reopen", "Reopen a resolved incident", [
                ParameterDefinition.Id(),
                ParameterDefinition.RestText("reason", "why the fix did not hold", IncidentLimits.ReasonMaxLength)], []),
            new("incident", "cancel", "Cancel an open incident (reported by mistake, a duplicate)", [
                ParameterDefinition.Id(),
                ParameterDefinition.RestText("reason", "why", IncidentLimits.ReasonMaxLength, required: false)], []),
            .. MajorCommands.All,
            .. ChangeCommands.All,
            .. RequestCommands.All,
            .. ProblemCommands.All,
            .. ReleaseCommands.All,
            new("notify", null, "Turn non-essential notifications off or on (assignments and SLA breaches always reach you)", [
                ParameterDefinition.Choice("setting", "off or on; leave out to see it", positional: true, "off", "on")], []),
            new("admin", "deliveries", "Deliveries that kept failing and were moved aside", [], Admins),
            new("admin", "replay", "Put a failed delivery back on the queue", [
                new("work", "the work id from admin deliveries", ParameterKind.Word, Required: true, Positional: true, 200, [])], Admins),
        ];
    }

    public IReadOnlyList<CommandDefinition> Commands { get; }

    /// <summary>The command groups (first words): <c>help</c>, <c>incident</c>…</summary>
    public IEnumerable<string> Groups => Commands.Select(c => c.Group).Distinct();

    public bool IsGroup(string word) => Commands.Any(c => c.Group.Equals(word, StringComparison.OrdinalIgnoreCase));

    public CommandDefinition? Find(string group, string? name) =>
        Commands.FirstOrDefault(c =>
            c.Group.Equals(group, StringComparison.OrdinalIgnoreCase)
            && string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    public CommandDefinition? FindByActionId(string actionId) =>
        Commands.FirstOrDefault(c => c.ActionId.Equals(actionId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The command whose path is closest to what was typed (by edit distance), for "did you mean".</summary>
    public CommandDefinition Nearest(string typed)
    {
        string text = (typed ?? "").Trim().ToLowerInvariant();
        return Commands
            .Select(c => (Command: c, Distance: EditDistance.Between(text, c.Path)))
            .OrderBy(pair => pair.Distance)
            .First().Command;
    }
}
