using System.Globalization;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// The read-only views anyone may ask for: <c>major show</c> (the status board) and <c>major review</c> (the
/// post-incident review as Markdown, also served by the REST API for download, and posted in the war room when asked
/// for elsewhere, issue 7 §3).
/// </summary>
public sealed class ShowMajorHandler(
    IIncidentStore incidents,
    MajorCards cards,
    MajorReview review,
    MajorSettings settings,
    IWorkScheduler scheduler,
    ILogger<ShowMajorHandler> logger)
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

    public async Task<EngineResponse> ReviewAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        (TicketId? id, EngineResponse? wrong) = MajorReplies.IncidentId(arguments);
        if (id is null)
        {
            return wrong!;
        }

        (MajorReviewResult result, Incident? incident) = await review.RenderWithIncidentAsync(id.Value, cancellationToken);
        switch (result.Status)
        {
            case MajorReviewStatus.NotFound:
                return MajorReplies.Say($"I can't find {id}.");
            case MajorReviewStatus.NotMajor:
                return MajorReplies.Say($"{id} is not a major incident, so it has no post-incident review.");
            default:
                string text = $"{result.Markdown}\n\nDownload it as Markdown: `GET {settings.PublicBaseUrl}/api/tickets/{id}/review`";
                string? posted = await PostInWarRoomAsync(incident!, result.Markdown!, context, cancellationToken);
                return MajorReplies.Say(posted is null ? text : $"{text}\n\n{posted}");
        }
    }

    /// <summary>
    /// Queues the review for the war room when it is open and is not where it was asked for. The work id carries the
    /// incident's last audit sequence, so asking again before anything changes posts nothing new. Returns the line the
    /// reply ends with, or null when nothing was to be posted.
    /// </summary>
    private async Task<string?> PostInWarRoomAsync(Incident incident, string markdown, CommandContext context, CancellationToken cancellationToken)
    {
        if (!RouteAddress.TryParse(incident.Major?.WarRoom, out ConversationAddress? room) || room == context.Event.Conversation)
        {
            return null;
        }

        string version = incident.ToSnapshot().EventCount.ToString(CultureInfo.InvariantCulture);
        NotificationWork work = new(
            $"{incident.Id}:review:{version}", context.Now, DeliveryTarget.ToConversation(room), Reply.Say(markdown), null, Essential: true);
        try
        {
            await scheduler.ScheduleAsync(work, cancellationToken);
            return "Posted in the war room too.";
        }
        catch (StorageUnavailableException exception)
        {
            logger.ReviewNotPosted(exception, incident.Id, room.ToString());
            return "I couldn't post it in the war room right now; ask again in a minute to post it there.";
        }
    }
}
