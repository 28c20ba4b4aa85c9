using System.Globalization;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Problems;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// Turns a major incident's follow-up action into a ticket, as <c>problem new</c> and <c>change new</c> would: a problem
/// on the incident's service linked to it, or a normal change in Draft. A draft change needs a planned window and a
/// rollback plan nobody has written yet: it gets placeholders (a week from now, one hour) and its description says so.
/// </summary>
public sealed class FollowUpTickets(IProblemStore problems, ProblemOutbound problemOutbound, IChangeStore changes, ChangeOutbound changeOutbound)
{
    /// <summary>How far ahead a raised change's placeholder window starts.</summary>
    public static readonly TimeSpan PlaceholderLead = TimeSpan.FromDays(7);

    public const string PlaceholderRollback = "To be written before the change is submitted.";

    /// <summary>The new problem's id, or why it could not be raised.</summary>
    public async Task<(TicketId? Id, string? Problem)> RaiseProblemAsync(
        Incident incident, FollowUpAction action, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(context);
        ProblemDraft draft = new(Title(action.Text, ProblemLimits.TitleMaxLength), incident.Service, [incident.Id]);
        if (Refusal(draft.Validate()) is { } refusal)
        {
            return (null, refusal);
        }

        Problem created = await problems.CreateAsync(
            id => Problem.Raise(id, draft, context.Action).Problem ?? throw new InvalidOperationException("A validated draft was refused."),
            made => problemOutbound.For(made, context.Now),
            cancellationToken);
        return (created.Id, null);
    }

    /// <summary>The new draft change's id, or why it could not be drafted.</summary>
    public async Task<(TicketId? Id, string? Problem)> DraftChangeAsync(
        Incident incident, FollowUpAction action, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(context);
        DateTimeOffset start = context.Now.ToUniversalTime() + PlaceholderLead;
        start = start.AddTicks(-(start.UtcTicks % TimeSpan.TicksPerHour));
        string number = action.Number.ToString(CultureInfo.InvariantCulture);
        string description = $"Follow-up action {number} of the major incident {incident.Id} ({incident.Title}): {action.Text}\n\n"
            + "The planned window and the rollback plan are placeholders: correct them with "
            + "`change edit <id> start:… end:… rollback:…` before submitting.";
        ChangeDraft draft = new(
            Title(action.Text, ChangeLimits.TitleMaxLength), description, ChangeType.Normal, ChangeRisk.Medium, Impact.Medium,
            incident.Service, start, start.AddHours(1), null, PlaceholderRollback, null);
        if (Refusal(draft.Validate()) is { } refusal)
        {
            return (null, refusal);
        }

        Change created = await changes.CreateAsync(
            id => Change.Create(id, draft, context.Action).Change ?? throw new InvalidOperationException("A validated draft was refused."),
            made => changeOutbound.For(made, context.Now, []),
            cancellationToken);
        return (created.Id, null);
    }

    /// <summary>An action may be longer than a title: it is cut at the limit, the whole text stays on the incident.</summary>
    private static string Title(string text, int maxLength) => text.Length <= maxLength ? text : text[..(maxLength - 1)] + "…";

    private static string? Refusal(IReadOnlyList<DomainError> errors) =>
        errors.Count == 0 ? null : string.Join(' ', errors.Select(e => e.Message));
}
