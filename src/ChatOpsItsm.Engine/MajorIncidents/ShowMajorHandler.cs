using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// The read-only views anyone may ask for: <c>major show</c> (the status board) and <c>major review</c> (the
/// post-incident review as Markdown, also served by the REST API for download).
/// </summary>
public sealed class ShowMajorHandler(IIncidentStore incidents, MajorCards cards, MajorReview review, MajorSettings settings)
{
    public async Task<EngineResponse> ShowAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        (TicketId? id, EngineResponse? wrong) = MajorReplies.IncidentId(arguments);
        if (id is null)
        {
            return wrong!;
        }

        StoredIncident? stored = await incidents.GetAsync(id.Value, cancellationToken);
        if (stored is null)
        {
            return MajorReplies.Say($"I can't find {id}.");
        }

        return stored.Incident.Major is null
            ? MajorReplies.Say($"{id} is not a major incident; `incident show {id}` shows it.")
            : EngineResponse.Of(Reply.Show(cards.Board(stored.Incident, context.Now)));
    }

    public async Task<EngineResponse> ReviewAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        (TicketId? id, EngineResponse? wrong) = MajorReplies.IncidentId(arguments);
        if (id is null)
        {
            return wrong!;
        }

        MajorReviewResult result = await review.RenderAsync(id.Value, cancellationToken);
        return result.Status switch
        {
            MajorReviewStatus.NotFound => MajorReplies.Say($"I can't find {id}."),
            MajorReviewStatus.NotMajor => MajorReplies.Say($"{id} is not a major incident, so it has no post-incident review."),
            _ => MajorReplies.Say($"{result.Markdown}\n\nDownload it as Markdown: `GET {settings.PublicBaseUrl}/api/tickets/{id}/review`"),
        };
    }
}
