using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Host.TicketsApi.Protocol;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatOpsItsm.Host.TicketsApi;

/// <summary>The REST read API: one incident or change with its audit trail (one read), or a page of an index.</summary>
internal sealed class TicketsApiHandler(IIncidentStore incidents, IChangeStore changes, TimeProvider timeProvider)
{
    public async Task<Results<JsonHttpResult<JsonIncidentDetails>, JsonHttpResult<JsonChangeDetails>, ProblemHttpResult>> GetAsync(
        string id, CancellationToken cancellationToken)
    {
        if (!TicketId.TryParse(id, out TicketId ticketId))
        {
            return TypedResults.Problem(detail: "The id must look like INC-1001 or CHG-1001.", statusCode: StatusCodes.Status400BadRequest);
        }

        switch (ticketId.Type)
        {
            case TicketType.Incident:
                IncidentWithHistory? incident = await incidents.GetWithHistoryAsync(ticketId, cancellationToken);
                return incident is null
                    ? NotFound($"There is no incident {ticketId}.")
                    : TypedResults.Json(IncidentJsonMapper.ToDetails(incident, timeProvider.GetUtcNow()), TicketsApiJsonContext.Default.JsonIncidentDetails);
            case TicketType.Change:
                ChangeWithHistory? change = await changes.GetWithHistoryAsync(ticketId, cancellationToken);
                return change is null
                    ? NotFound($"There is no change {ticketId}.")
                    : TypedResults.Json(ChangeJsonMapper.ToDetails(change), TicketsApiJsonContext.Default.JsonChangeDetails);
            default:
                return NotFound("Only incidents (INC-…) and changes (CHG-…) are stored so far.");
        }
    }

    public async Task<Results<JsonHttpResult<JsonIncidentPage>, JsonHttpResult<JsonChangePage>, ProblemHttpResult>> ListAsync(
        string? type, string? state, string? priority, string? pageSize, string? continuation, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(type) || type.Equals("incident", StringComparison.OrdinalIgnoreCase))
        {
            (IncidentQuery? incidentQuery, string? incidentProblem) = TicketListRequest.Parse(state, priority, pageSize, continuation);
            if (incidentQuery is null)
            {
                return BadRequest(incidentProblem);
            }

            IncidentPage page = await incidents.ListAsync(incidentQuery, cancellationToken);
            JsonIncidentPage json = new() { Items = [.. page.Items.Select(IncidentJsonMapper.ToSummary)], ContinuationToken = page.ContinuationToken };
            return TypedResults.Json(json, TicketsApiJsonContext.Default.JsonIncidentPage);
        }

        if (!type.Equals("change", StringComparison.OrdinalIgnoreCase))
        {
            return BadRequest($"type '{TicketListRequest.Shown(type)}' is not supported: use type=incident or type=change.");
        }

        (ChangeQuery? changeQuery, string? changeProblem) = ChangeListRequest.Parse(state, priority, pageSize, continuation);
        if (changeQuery is null)
        {
            return BadRequest(changeProblem);
        }

        ChangePage changePage = await changes.ListAsync(changeQuery, cancellationToken);
        JsonChangePage changeJson = new() { Items = [.. changePage.Items.Select(ChangeJsonMapper.ToSummary)], ContinuationToken = changePage.ContinuationToken };
        return TypedResults.Json(changeJson, TicketsApiJsonContext.Default.JsonChangePage);
    }

    private static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult BadRequest(string? detail) => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
