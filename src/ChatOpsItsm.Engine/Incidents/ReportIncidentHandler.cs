using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Intake;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Incidents;

/// <summary>
/// <c>incident report</c>, typed or submitted from its form. A complete report is opened at once; one
/// missing its title or service is answered with a form, tracked as a dialog so the form's submission
/// is accepted once.
/// </summary>
public sealed class ReportIncidentHandler(IncidentReporter reporter, IntakeDialogs dialogs)
{
    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.FirstProblem() is { } problem)
        {
            return EngineResponse.Of(Reply.Say(problem));
        }

        IncidentDraft draft = DraftValues.ToDraft(arguments.Values);
        string? dialogId = arguments.Text("dialog");
        if (draft.MissingFields().Count > 0)
        {
            return await dialogs.AskForMissingAsync(draft, context, cancellationToken);
        }

        if (dialogId is null)
        {
            return await reporter.ReportAsync(draft, context, cancellationToken);
        }

        // A form answering a dialog: take the dialog first, so a second click finds nothing to report.
        return await dialogs.CompleteAsync(dialogId, context, cancellationToken) is { } stale
            ? stale
            : await reporter.ReportAsync(draft, context, cancellationToken);
    }
}
