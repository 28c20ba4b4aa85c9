using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.MajorIncidents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace ChatOpsItsm.Host.TicketsApi;

/// <summary>
/// <c>GET /api/tickets/{id}/review</c>: a major incident's post-incident review as a Markdown download, rendered by the
/// engine's <see cref="MajorReview"/> from the record and its audit trail on every request (nothing cached, never
/// stale). A malformed id is a 400 and an unknown one a 404, as for <c>GET /api/tickets/{id}</c>. An incident that is
/// not major is a 409: the record exists, so a 404 would tell the caller to look for it elsewhere, while its state is
/// what stands in the way (declaring it major makes the review appear).
/// </summary>
internal static class TicketReviewHandler
{
    public const string MarkdownContentType = "text/markdown; charset=utf-8";

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetAsync(
        string id, MajorReview review, HttpResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(response);
        if (!TicketId.TryParse(id, out TicketId ticketId))
        {
            return TypedResults.Problem(detail: TicketsApiHandler.MalformedIdDetail, statusCode: StatusCodes.Status400BadRequest);
        }

        if (ticketId.Type != TicketType.Incident)
        {
            return NotFound($"Only major incidents have a post-incident review, and {ticketId} is not an incident.");
        }

        MajorReviewResult result = await review.RenderAsync(ticketId, cancellationToken);
        switch (result.Status)
        {
            case MajorReviewStatus.Ready:
                ContentDispositionHeaderValue disposition = new("attachment") { FileName = $"\"{ticketId}-review.md\"" };
                response.Headers.ContentDisposition = disposition.ToString();
                return TypedResults.Text(result.Markdown ?? "", MarkdownContentType);
            case MajorReviewStatus.NotMajor:
                return TypedResults.Problem(
                    detail: $"{ticketId} is not a major incident, so it has no post-incident review. Declare it with `major declare {ticketId}` first.",
                    statusCode: StatusCodes.Status409Conflict);
            default:
                return NotFound($"There is no incident {ticketId}.");
        }
    }

    private static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound);
}
