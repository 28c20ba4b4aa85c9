using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>
/// <c>change new</c>, typed or submitted from its form: anyone may raise a change. A draft missing a required field is
/// answered with a form holding what was given; an unreadable time, an end before the start or an unknown template is
/// a clear reply; a complete draft is stored in Draft, to be submitted later.
/// </summary>
public sealed class NewChangeHandler(IChangeStore store, ChangeSettings settings, ChangeCards cards, ChangeOutbound outbound)
{
    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.FirstProblem() is { } problem)
        {
            return ChangeReplies.Say(problem);
        }

        (ChangeDraft? parsed, string? unreadable) = ChangeDraftValues.ToDraft(arguments.Values);
        if (parsed is null)
        {
            return ChangeReplies.Say(unreadable!);
        }

        ChangeDraft draft = parsed;
        IReadOnlyList<string> missing = draft.MissingFields();
        if (missing.Count > 0)
        {
            Card form = FormFactory.For(arguments.Command, "New change", new Dictionary<string, string>(), arguments.Values);
            return EngineResponse.Of(Reply.Show(form, $"Almost there: I still need the {string.Join(", ", missing)}. Times are {ChangeCommands.DateHint}."));
        }

        IReadOnlyList<DomainError> errors = draft.Validate();
        if (errors.Count > 0)
        {
            return ChangeReplies.Say(string.Join(' ', errors.Select(e => e.Message)));
        }

        if (draft.Type == ChangeType.Standard)
        {
            if (settings.Template(draft.TemplateName) is not { } template)
            {
                return ChangeReplies.Say(UnknownTemplate(draft.TemplateName!, settings.StandardTemplates));
            }

            draft = draft with { TemplateName = template };
        }

        Change change = await store.CreateAsync(
            id => Change.Create(id, draft, context.Action).Change ?? throw new InvalidOperationException("A validated draft was refused."),
            created => outbound.For(created, context.Now, []),
            cancellationToken);
        string text = $"Drafted **{change.Id}** ({ChangeText.Lower(change.Type)}, {change.PlannedWindow}). "
            + $"When it is ready: `change submit {change.Id}`.";
        return EngineResponse.Of(Reply.Show(cards.Render(change, context.Person, context.Now), text));
    }

    /// <summary>Why a standard change cannot use that template, and which ones it can.</summary>
    public static string UnknownTemplate(string name, IReadOnlyList<string> templates) => templates.Count == 0
        ? "No standard change templates are configured (Itsm:Changes:StandardTemplates), so raise it as a normal change."
        : $"`{(name.Length <= 40 ? name : name[..40] + "…")}` is not a pre-approved template; use one of: {string.Join(", ", templates)}.";
}
