using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Host.TicketsApi.Protocol;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatOpsItsm.Host.TicketsApi;

/// <summary>The REST read API: one incident with its audit trail (one read), or a page of an index.</summary>
internal sealed class TicketsApiHandler(IIncidentStore store, TimeProvider timeProvider)
{
    public async Task<Results<JsonHttpResult<JsonIncidentDetails>, ProblemHttpResult>> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!TicketId.TryParse(id, out TicketId ticketId))
        {
            return TypedResults.Problem(detail: "The id must look like INC-1001.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (ticketId.Type != TicketType.Incident)
        {
            return TypedResults.Problem(detail: "Only incidents (INC-…) are stored so far.", statusCode: StatusCodes.Status404NotFound);
        }

        IncidentWithHistory? found = await store.GetWithHistoryAsync(ticketId, cancellationToken);
        return found is null
            ? TypedResults.Problem(detail: $"There is no incident {ticketId}.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Json(IncidentJsonMapper.ToDetails(found, timeProvider.GetUtcNow()), TicketsApiJsonContext.Default.JsonIncidentDetails);
    }

    public async Task<Results<JsonHttpResult<JsonIncidentPage>, ProblemHttpResult>> ListAsync(
        string? type, string? state, string? priority, string? pageSize, string? continuation, CancellationToken cancellationToken)
    {
        (IncidentQuery? query, string? problem) = TicketListRequest.Parse(type, state, priority, pageSize, continuation);
        if (query is null)
        {
            return TypedResults.Problem(detail: problem, statusCode: StatusCodes.Status400BadRequest);
        }

        IncidentPage page = await store.ListAsync(query, cancellationToken);
        JsonIncidentPage json = new()
        {
            Items = [.. page.Items.Select(IncidentJsonMapper.ToSummary)],
            ContinuationToken = page.ContinuationToken,
        };
        return TypedResults.Json(json, TicketsApiJsonContext.Default.JsonIncidentPage);
    }
}
