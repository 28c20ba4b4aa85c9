using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Dialogs;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Intake;

/// <summary>
/// The intake conversation: a proposal from plain text (Report / Edit / Cancel), or a form when a report
/// lacks fields. Its state is a dialog in storage, so any instance can take the click that follows, and
/// each proposal can be reported once.
/// </summary>
public sealed class IntakeDialogs(
    IDialogStore dialogs,
    IIncidentStore incidents,
    IncidentReporter reporter,
    IntakeGuesser guesser,
    CommandCatalog catalog,
    IOptions<ItsmOptions> options,
    ProblemHints problems)
{
    public const string Kind = "incident-intake";
    private const int SimilarShown = 3;

    public async Task<EngineResponse> ProposeAsync(string text, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        IncidentDraft draft = guesser.Guess(text);
        string dialogId = await StartAsync(draft, context, cancellationToken);
        Dictionary<string, string> data = new() { ["dialog"] = dialogId };
        Priority priority = PriorityMatrix.Of(draft.Impact, draft.Urgency);
        Card card = new(
            "Report this incident?",
            [
                new("Title", draft.Title ?? ""),
                new("Service", draft.Service ?? "not sure: choose one with Edit"),
                new("Impact", draft.Impact.ToString().ToLowerInvariant()),
                new("Urgency", draft.Urgency.ToString().ToLowerInvariant()),
                new("Priority", priority.ToString()),
            ],
            Join(await SimilarAsync(draft.Service, cancellationToken), ProblemHints.Describe(await problems.KnownErrorsAsync(draft.Service, cancellationToken))),
            [
                new("Report", "intake.report", data, ButtonStyle.Primary),
                new("Edit", "intake.edit", data),
                new("Cancel", "intake.cancel", data),
            ],
            []);
        return EngineResponse.Of(Reply.Show(card, "I can open an incident for that. Is this right?"));
    }

    public async Task<EngineResponse> AskForMissingAsync(IncidentDraft draft, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        string dialogId = await StartAsync(draft, context, cancellationToken);
        string missing = string.Join(" and ", draft.MissingFields());
        return EngineResponse.Of(Reply.Show(ReportForm(draft, dialogId), $"Almost there: I still need the {missing}."));
    }

    /// <summary>Takes the dialog a form or button belongs to; null when taken, else the reply for a stale one.</summary>
    public async Task<EngineResponse?> CompleteAsync(string dialogId, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        StoredDialog? stored = await dialogs.GetAsync(KeyOf(context), cancellationToken);
        if (stored is null || stored.State.DialogId != dialogId || stored.State.Kind != Kind)
        {
            return Stale();
        }

        SaveOutcome outcome = await dialogs.DeleteAsync(stored.State.Key, stored.Version, cancellationToken);
        return outcome == SaveOutcome.Saved ? null : Stale();
    }

    public async Task<EngineResponse> HandleActionAsync(
        string actionId, IReadOnlyDictionary<string, string> data, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(context);
        string dialogId = data.TryGetValue("dialog", out string? id) ? id : "";
        StoredDialog? stored = await dialogs.GetAsync(KeyOf(context), cancellationToken);
        if (stored is null || stored.State.DialogId != dialogId || stored.State.Kind != Kind)
        {
            return Stale();
        }

        IncidentDraft draft = DraftValues.ToDraft(stored.State.Values);
        switch (actionId)
        {
            case "intake.edit":
                return EngineResponse.Of(Reply.Show(ReportForm(draft, dialogId), "Change what you need, then report it."));
            case "intake.cancel":
                await dialogs.DeleteAsync(stored.State.Key, stored.Version, cancellationToken);
                return EngineResponse.Of(Reply.Say("Okay, I haven't reported anything."));
            case "intake.report" when draft.MissingFields().Count > 0:
                return EngineResponse.Of(Reply.Show(
                    ReportForm(draft, dialogId), $"I still need the {string.Join(" and ", draft.MissingFields())}."));
            case "intake.report":
                SaveOutcome taken = await dialogs.DeleteAsync(stored.State.Key, stored.Version, cancellationToken);
                return taken == SaveOutcome.Saved ? await reporter.ReportAsync(draft, context, cancellationToken) : Stale();
            default:
                return EngineResponse.Of(Reply.Say("I don't know that button. Try `help`."));
        }
    }

    private static string? Join(string? similar, string? knownErrors) =>
        similar is null ? knownErrors : knownErrors is null ? similar : $"{similar}\n\n{knownErrors}";

    private static DialogKey KeyOf(CommandContext context) => new(context.Event.Conversation, context.Event.User.Identity);

    private static EngineResponse Stale() => EngineResponse.Of(Reply.Say(
        "That proposal has expired or was already handled. Describe the problem again, or use `incident report`."));

    private async Task<string> StartAsync(IncidentDraft draft, CommandContext context, CancellationToken cancellationToken)
    {
        DialogKey key = KeyOf(context);
        string dialogId = Guid.NewGuid().ToString("N");
        DialogState state = new(key, Kind, dialogId, DraftValues.FromDraft(draft), context.Now + options.Value.DialogTimeout);

        // A new proposal replaces any earlier one in this conversation; a concurrent one wins the race.
        StoredDialog? existing = await dialogs.GetAsync(key, cancellationToken);
        SaveOutcome outcome = await dialogs.SaveAsync(state, existing?.Version, cancellationToken);
        if (outcome == SaveOutcome.Conflict)
        {
            existing = await dialogs.GetAsync(key, cancellationToken);
            await dialogs.SaveAsync(state, existing?.Version, cancellationToken);
        }

        return dialogId;
    }

    private Card ReportForm(IncidentDraft draft, string dialogId)
    {
        CommandDefinition report = catalog.Find("incident", "report")!;
        Dictionary<string, string> fixedValues = new() { ["dialog"] = dialogId };
        List<string> services = options.Value.Services.Select(s => s.Name).ToList();
        if (draft.Service is { } typed && !services.Contains(typed, StringComparer.OrdinalIgnoreCase) && services.Count > 0)
        {
            services.Add(typed);
        }

        Dictionary<string, IReadOnlyList<string>> overrides = new() { ["service"] = services };
        return FormFactory.For(report, "Report an incident", fixedValues, DraftValues.FromDraft(draft), "intake.cancel", overrides);
    }

    private async Task<string?> SimilarAsync(string? service, CancellationToken cancellationToken)
    {
        if (service is null)
        {
            return null;
        }

        IncidentPage open = await incidents.ListAsync(new IncidentQuery(IncidentListKind.Open, IncidentQuery.MaxPageSize), cancellationToken);
        List<IncidentSummary> similar = open.Items
            .Where(i => i.Service.Equals(service, StringComparison.OrdinalIgnoreCase))
            .Take(SimilarShown)
            .ToList();
        return similar.Count == 0
            ? null
            : $"**Already open on {service}:**\n" + string.Join('\n', similar.Select(i =>
                $"- {i.Id} · {i.Priority} · {Domain.Incidents.IncidentStates.DisplayName(i.State)} · {i.Title}"));
    }
}
