using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Releases;

namespace ChatOpsItsm.Engine.Commands;

/// <summary>The <c>release</c> commands of the catalog (SPEC §4, issue 6 §4): group approved changes and deploy them as one.</summary>
public static class ReleaseCommands
{
    private const int DateMaxLength = 40;
    private static readonly Role[] Workers = [Role.Agent, Role.OnCall, Role.Admin];

    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        new("release", "new", "Plan a release; add approved changes to it next", [
            ParameterDefinition.RestText("title", "what it delivers, in a line", ReleaseLimits.TitleMaxLength),
            ParameterDefinition.Option("service", "the service it delivers to", ReleaseLimits.ServiceMaxLength),
            ParameterDefinition.Option("start", "window start, " + ChangeCommands.DateHint, DateMaxLength),
            ParameterDefinition.Option("end", "window end, " + ChangeCommands.DateHint, DateMaxLength)], Workers),
        new("release", "add", "Add an approved (Scheduled) change to a release", [Id(), Change()], Workers),
        new("release", "remove", "Take a change out of a release still in Planning or Building", [Id(), Change()], Workers),
        new("release", "build", "Start building a release (Planning → Building)", [Id()], Workers),
        new("release", "deploy", "Deploy a release: every change in it starts implementing", [Id()], Workers),
        new("release", "close", "Close a deployed release once every change is in Review or Closed", [
            Id(), ParameterDefinition.RestText("notes", "how it went (optional)", ReleaseLimits.NotesMaxLength, required: false)], Workers),
        new("release", "cancel", "Cancel a release still in Planning or Building", [
            Id(), ParameterDefinition.RestText("reason", "why", ReleaseLimits.ReasonMaxLength, required: false)], Workers),
        new("release", "show", "A release's changes, their states and its history", [Id()], []),
        new("release", "list", "Releases: the open ones, or all", [
            ParameterDefinition.Choice("scope", "which releases", positional: true, "open", "all")], []),
    ];

    private static ParameterDefinition Id() => ParameterDefinition.Id("the release id, e.g. RLS-1001");

    private static ParameterDefinition Change() =>
        new("change", "the change id, e.g. CHG-1001", ParameterKind.TicketId, Required: true, Positional: true, 20, []);
}
