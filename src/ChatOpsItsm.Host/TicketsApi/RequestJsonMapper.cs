using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Engine.Requests;
using ChatOpsItsm.Host.TicketsApi.Protocol;

namespace ChatOpsItsm.Host.TicketsApi;

/// <summary>Turns service requests, their votes and audit events, and listing entries into the REST API's JSON.</summary>
internal static class RequestJsonMapper
{
    public static JsonRequestDetails ToDetails(RequestWithHistory found)
    {
        ArgumentNullException.ThrowIfNull(found);
        RequestSnapshot record = found.Request.ToSnapshot();
        return new JsonRequestDetails
        {
            Id = record.Id.ToString(),
            Type = "request",
            Item = record.ItemKey,
            ItemLabel = record.ItemLabel,
            Fields = [.. record.Fields.Select(field => new JsonRequestField { Name = field.Name, Label = field.Label, Value = field.Value })],
            State = RequestStates.DisplayName(record.State),
            Requester = TicketJsonMapper.Person(record.Requester, record.RequesterName),
            Approval = TicketJsonMapper.Lower(record.ApprovalKind),
            Approver = record.Approver?.ToString(),
            Voting = record.Voting is { } voting ? TicketJsonMapper.Voting(voting) : null,
            FulfillmentGroup = record.FulfillmentGroup,
            Assignee = record.Assignee is { } assignee ? TicketJsonMapper.Person(assignee, record.AssigneeName ?? assignee.Id) : null,
            Channel = record.Channel,
            CreatedAt = record.CreatedAt,
            UpdatedAt = record.UpdatedAt,
            FulfilledAt = record.FulfilledAt,
            Notes = record.Notes,
            ClosedAt = record.ClosedAt,
            Audit = [.. found.History.Select(TicketJsonMapper.ToEvent)],
        };
    }

    public static JsonRequestSummary ToSummary(RequestSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new JsonRequestSummary
        {
            Id = summary.Id.ToString(),
            Item = summary.ItemKey,
            ItemLabel = summary.ItemLabel,
            State = RequestStates.DisplayName(summary.State),
            Requester = TicketJsonMapper.Person(summary.Requester, summary.RequesterName),
            AssigneeName = summary.AssigneeName,
            UpdatedAt = summary.UpdatedAt,
        };
    }
}
