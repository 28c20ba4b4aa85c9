using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Host.TicketsApi.Protocol;

namespace ChatOpsItsm.Host.TicketsApi;

/// <summary>Turns changes, their votes and audit events, and listing entries into the REST API's JSON.</summary>
internal static class ChangeJsonMapper
{
    public static JsonChangeDetails ToDetails(ChangeWithHistory found)
    {
        ArgumentNullException.ThrowIfNull(found);
        ChangeSnapshot record = found.Change.ToSnapshot();
        return new JsonChangeDetails
        {
            Id = record.Id.ToString(),
            Type = "change",
            Title = record.Title,
            Description = record.Description,
            ChangeType = TicketJsonMapper.Lower(record.Type),
            Risk = TicketJsonMapper.Lower(record.Risk),
            Impact = TicketJsonMapper.Lower(record.Impact),
            Service = record.Service,
            PlannedWindow = TicketJsonMapper.Window(record.PlannedWindow),
            ImplementationPlan = record.ImplementationPlan,
            RollbackPlan = record.RollbackPlan,
            Template = record.TemplateName,
            State = ChangeStates.DisplayName(record.State),
            Requester = TicketJsonMapper.Person(record.Requester, record.RequesterName),
            Assignee = record.Assignee is { } assignee ? TicketJsonMapper.Person(assignee, record.AssigneeName ?? assignee.Id) : null,
            Channel = record.Channel,
            CreatedAt = record.CreatedAt,
            UpdatedAt = record.UpdatedAt,
            SubmittedAt = record.SubmittedAt,
            StartedAt = record.StartedAt,
            EndedAt = record.EndedAt,
            FailureReason = record.FailureReason,
            ClosedAt = record.ClosedAt,
            LinkedIncidents = [.. record.LinkedIncidents.Select(incident => incident.ToString())],
            Voting = record.Voting is { } voting ? TicketJsonMapper.Voting(voting) : null,
            Audit = [.. found.History.Select(TicketJsonMapper.ToEvent)],
        };
    }

    public static JsonChangeSummary ToSummary(ChangeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new JsonChangeSummary
        {
            Id = summary.Id.ToString(),
            Title = summary.Title,
            ChangeType = TicketJsonMapper.Lower(summary.Type),
            Risk = TicketJsonMapper.Lower(summary.Risk),
            Service = summary.Service,
            State = ChangeStates.DisplayName(summary.State),
            PlannedWindow = TicketJsonMapper.Window(summary.PlannedWindow),
            Requester = TicketJsonMapper.Person(summary.Requester, summary.RequesterName),
            UpdatedAt = summary.UpdatedAt,
        };
    }
}
