using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// After an incident is reported, looks for a burst on its service (issue 7 §1): at least <see cref="MajorOptions.BurstCount"/>
/// incidents reported within <see cref="MajorOptions.BurstWindow"/>, none of them major or part of one, none canceled
/// (a duplicate is no extra evidence). Then every on-call route is offered, once per window whatever the number of
/// instances (<see cref="IBurstOffers"/>), to declare the oldest major and link the others. One index read per report;
/// the check never fails the report it follows.
/// </summary>
public sealed class BurstDetector(
    IIncidentStore store, IBurstOffers offers, IWorkScheduler scheduler, MajorCards cards, IOptions<ItsmOptions> options, ILogger<BurstDetector> logger)
{
    /// <summary>Checks after <paramref name="reported"/> was created; logs a failure and returns.</summary>
    public async Task CheckAsync(Incident reported, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reported);
        MajorOptions major = options.Value.Major;
        if (major.BurstCount <= 0 || reported.Major is not null || reported.PartOf is not null || string.IsNullOrWhiteSpace(reported.Service))
        {
            return;
        }

        try
        {
            await OfferIfBurstAsync(reported, major, now, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.BurstCheckFailed(exception, reported.Id, reported.Service);
        }
    }

    private async Task OfferIfBurstAsync(Incident reported, MajorOptions major, DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<ConversationAddress> routes = [];
        foreach (string route in options.Value.Routes.OnCall)
        {
            if (RouteAddress.TryParse(route, out ConversationAddress? address))
            {
                routes.Add(address);
            }
        }

        if (routes.Count == 0)
        {
            return;
        }

        int pageSize = Math.Min(major.BurstCount * 2, IncidentQuery.MaxPageSize);
        IncidentPage page = await store.ListAsync(
            new IncidentQuery(IncidentListKind.OnService, pageSize) { Service = reported.Service }, cancellationToken);
        DateTimeOffset since = now - major.BurstWindow;
        List<(TicketId Id, DateTimeOffset At)> burst = [.. page.Items
            .Where(i => i.ReportedAt >= since && !i.IsMajor && i.PartOf is null && i.State != IncidentState.Canceled)
            .Select(i => (i.Id, i.ReportedAt))];

        // The listing may not show the write it follows yet; the new incident counts all the same.
        if (!burst.Any(i => i.Id == reported.Id))
        {
            burst.Add((reported.Id, reported.CreatedAt));
        }

        if (burst.Count < major.BurstCount || !await offers.TryClaimAsync(reported.Service, now, major.BurstWindow, cancellationToken))
        {
            return;
        }

        List<TicketId> ids = [.. burst.OrderBy(i => i.At).ThenBy(i => i.Id.Number).Select(i => i.Id)];
        Reply offer = cards.BurstOffer(reported.Service, ids, major.BurstWindow);
        string key = $"burst:{reported.Service.ToLowerInvariant()}:{ids[^1]}";
        foreach (ConversationAddress route in routes)
        {
            await scheduler.ScheduleAsync(
                new NotificationWork($"{key}:{route}", now, DeliveryTarget.ToConversation(route), offer, null, Essential: true), cancellationToken);
        }

        logger.BurstOffered(ids.Count, reported.Service, ids[^1]);
    }
}
