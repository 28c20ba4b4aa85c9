using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Suggestions;

namespace ChatOpsItsm.Engine.Commands;

/// <summary>The <c>change</c> commands of the catalog (SPEC §4, issue 6): raise, vote on, schedule and implement a change.</summary>
public static class ChangeCommands
{
    /// <summary>How planned times are written; the help and the options say it.</summary>
    public const string DateHint = "UTC unless an offset is given: 2026-12-01T22:00Z or \"2026-12-01 22:00\"";

    private const int DateMaxLength = 40;
    private const string TitleDescription = "what changes, in a line";
    private static readonly Role[] Workers = [Role.Agent, Role.OnCall, Role.Admin];
    private static readonly string[] Levels = ["high", "medium", "low"];

    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        new("change", "new", "Raise a change (RFC) as a draft; times are UTC, e.g. start:2026-12-01T22:00Z", [
            ParameterDefinition.RestText("title", TitleDescription, ChangeLimits.TitleMaxLength, required: false), .. DraftFields()], []),
        new("change", "submit", "Submit a draft: a vote opens, or a standard change is scheduled", [Id()], []),
        // Every field is named, none positional: a stray word after the id must not quietly become the title.
        new("change", "edit", "Correct a draft change: give only the fields that change", [
            Id(), LongText("title", TitleDescription, ChangeLimits.TitleMaxLength), .. DraftFields()], []),
        new("change", "approve", "Vote to approve a change", [Id(), Comment("comment", "why (optional)", required: false)], []),
        new("change", "reject", "Vote to reject a change, saying why", [Id(), Comment("reason", "why you reject it", required: true)], []),
        new("change", "abstain", "Abstain on a change (does not count towards the quorum)", [Id(), Comment("comment", "why (optional)", required: false)], []),
        new("change", "show", "A change's plan, votes and history", [Id()], []),
        new("change", "list", "Changes: yours, the open ones, or all", [
            ParameterDefinition.Choice("scope", "whose changes", positional: true, "mine", "open", "all")], []),
        new("change", "start", "Start implementing a scheduled change", [Id()], Workers),
        new("change", "complete", "Mark a change implemented as planned", [Id(), Notes()], Workers),
        new("change", "fail", "Mark a change failed, saying what went wrong", [
            Id(), ParameterDefinition.RestText("reason", "what went wrong", ChangeLimits.ReasonMaxLength)], Workers),
        new("change", "review", "Move a failed change to review once rolled back", [Id(), Notes()], Workers),
        new("change", "link", "Link an incident the change may have caused", [Id(), Incident()], Workers),
        new("change", "unlink", "Unlink an incident from a change", [Id(), Incident()], Workers),
        new("change", "close", "Close a reviewed change", [Id(), Notes()], []),
        new("change", "cancel", "Cancel a change not yet under way", [
            Id(), ParameterDefinition.RestText("reason", "why", ChangeLimits.ReasonMaxLength, required: false)], []),
    ];

    /// <summary>The fields of a draft after its title, as <c>change new</c> and <c>change edit</c> both take them.</summary>
    private static ParameterDefinition[] DraftFields() =>
    [
        ParameterDefinition.Choice("type", "standard (from a template), normal (CAB vote) or emergency", positional: false, "standard", "normal", "emergency"),
        ParameterDefinition.Choice("risk", "how likely it is to hurt the service", positional: false, Levels),
        ParameterDefinition.Choice("impact", "how widely it would hurt", positional: false, Levels),
        ParameterDefinition.Option("service", "the service it changes", ChangeLimits.ServiceMaxLength) with { SuggestFrom = SuggestionSource.Services },
        ParameterDefinition.Option("start", "planned start, " + DateHint, DateMaxLength),
        ParameterDefinition.Option("end", "planned end, " + DateHint, DateMaxLength),
        LongText("description", "why and what", ChangeLimits.DescriptionMaxLength),
        LongText("plan", "the implementation plan", ChangeLimits.PlanMaxLength),
        LongText("rollback", "how to undo it", ChangeLimits.PlanMaxLength),
        ParameterDefinition.Option("template", "the pre-approved template of a standard change", ChangeLimits.TemplateNameMaxLength),
    ];

    private static ParameterDefinition Id() => ParameterDefinition.Id("the change id, e.g. CHG-1001");

    private static ParameterDefinition Incident() =>
        new("incident", "the incident id, e.g. INC-1001", ParameterKind.TicketId, Required: true, Positional: true, 20, []);

    private static ParameterDefinition Comment(string name, string description, bool required) =>
        ParameterDefinition.RestText(name, description, ChangeLimits.CommentMaxLength, required);

    private static ParameterDefinition Notes() =>
        ParameterDefinition.RestText("notes", "how it went (optional)", ChangeLimits.NotesMaxLength, required: false);

    private static ParameterDefinition LongText(string name, string description, int maxLength) =>
        new(name, description, ParameterKind.Text, Required: false, Positional: false, maxLength, []);
}
