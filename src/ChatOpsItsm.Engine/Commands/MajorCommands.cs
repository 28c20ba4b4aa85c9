using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;

namespace ChatOpsItsm.Engine.Commands;

/// <summary>
/// The <c>major</c> commands of the catalog (SPEC §4, issue 7): declare a major incident, run it, record its timeline and
/// follow-ups. Only <c>declare</c> is limited by role here; every other command is open in the catalog because whoever
/// holds a role on the incident (a communications lead from outside IT) may also use it, which only the incident knows:
/// the handlers ask <see cref="MajorPermissions"/>. Parameter names are the data keys of the cards' buttons.
/// </summary>
public static class MajorCommands
{
    /// <summary>Room for <see cref="MajorLimits.MaxLinkedIncidents"/> ids such as INC-1001, comma-separated.</summary>
    private const int IncidentListMaxLength = 1_200;

    private static readonly Role[] Workers = [Role.Agent, Role.OnCall, Role.Admin];

    /// <summary>The snooze periods offered, as the reminder card's buttons send them (declared before <see cref="All"/>, which uses them).</summary>
    public static IReadOnlyList<string> SnoozePeriods { get; } = ["30m", "1h", "2h"];

    /// <summary>What a follow-up action can become.</summary>
    public static IReadOnlyList<string> RaiseKinds { get; } = ["problem", "change"];

    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        new("major", "declare", "Declare a major incident: an incident id, or a title to open a new P1", [
            ParameterDefinition.RestText("target", "an incident id (INC-1001), or a title for a new P1 incident", IncidentLimits.TitleMaxLength),
            ParameterDefinition.Option("service", "the service of a new incident", IncidentLimits.ServiceMaxLength),
            Person("commander", "the incident commander (default: you)", required: false, positional: false),
            ParameterDefinition.Option("link", "other incidents that are part of it: INC-1002,INC-1003", IncidentListMaxLength)], Workers),
        new("major", "update", "Post a status update to the war room and the stakeholders", [
            Id(), ParameterDefinition.RestText("text", "the update", MajorLimits.UpdateMaxLength)], []),
        new("major", "role", "Give a major incident role: commander, comms or scribe", [
            Id(),
            new("role", "commander, comms or scribe", ParameterKind.Choice, Required: true, Positional: true, 20, MajorRoles.Keywords),
            Person("person", "me, @name or platform:id", required: true, positional: true)], []),
        new("major", "note", "Add a line to the major incident's timeline", [
            Id(), ParameterDefinition.RestText("text", "what happened", MajorLimits.TimelineEntryMaxLength)], []),
        new("major", "mitigate", "Mark the impact mitigated (service restored, cause maybe not fixed)", [
            Id(), ParameterDefinition.RestText("text", "how it was mitigated (optional)", MajorLimits.UpdateMaxLength, required: false)], []),
        new("major", "resolve", "End a major incident with a summary", [
            Id(), ParameterDefinition.RestText("summary", "what happened and what fixed it", MajorLimits.SummaryMaxLength)], []),
        new("major", "review", "The post-incident review, as Markdown", [Id()], []),
        new("major", "action", "Add a follow-up action; owner:@user or a trailing @user names its owner", [
            Id(),
            ParameterDefinition.RestText("text", "what must be done", MajorLimits.ActionMaxLength),
            Person("owner", "who owns it: me, @name or platform:id", required: false, positional: false)], []),
        new("major", "raise", "Raise a follow-up action as a problem or a draft change", [
            Id(),
            new("number", "the action's number, e.g. 1", ParameterKind.Word, Required: true, Positional: true, 10, []),
            new("as", "problem or change", ParameterKind.Choice, Required: true, Positional: true, 20, RaiseKinds)], []),
        new("major", "snooze", "Hold the update reminders for 30m, 1h or 2h", [
            Id(),
            new("for", "how long: 30m, 1h or 2h", ParameterKind.Choice, Required: true, Positional: true, 20, SnoozePeriods)], []),
        new("major", "join", "Join a major incident: where its war room is", [Id()], []),
        new("major", "link", "Make other incidents part of a major incident", [
            Id(), ParameterDefinition.RestText("incidents", "the incidents, comma-separated: INC-1002,INC-1003", IncidentListMaxLength)], []),
        new("major", "show", "A major incident's status board", [Id()], []),
    ];

    private static ParameterDefinition Id() => ParameterDefinition.Id("the major incident's id, e.g. INC-1001");

    private static ParameterDefinition Person(string name, string description, bool required, bool positional) =>
        new(name, description, ParameterKind.User, required, positional, UserIdentity.MaxLength, []);
}
