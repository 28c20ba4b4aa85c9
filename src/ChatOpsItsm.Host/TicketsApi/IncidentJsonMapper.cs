using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Host.TicketsApi.Protocol;

namespace ChatOpsItsm.Host.TicketsApi;

/// <summary>Turns incidents (their major part through <see cref="MajorJsonMapper"/>), audit events and listing entries into the REST API's JSON.</summary>
internal static class IncidentJsonMapper
{
    public static JsonIncidentDetails ToDetails(IncidentWithHistory found, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(found);
        Incident incident = found.Incident;
        IncidentSnapshot record = incident.ToSnapshot();
        return new JsonIncidentDetails
        {
            Id = incident.Id.ToString(),
            Type = "incident",
            Title = record.Title,
            Description = record.Description,
            Service = record.Service,
            Impact = TicketJsonMapper.Lower(record.Impact),
            Urgency = TicketJsonMapper.Lower(record.Urgency),
            Priority = incident.Priority.ToString(),
            State = IncidentStates.DisplayName(record.State),
            HoldReason = record.HoldReason is { } reason ? Camel(reason.ToString()) : null,
            Requester = TicketJsonMapper.Person(record.Requester, record.RequesterName),
            Assignee = record.Assignee is { } assignee ? TicketJsonMapper.Person(assignee, record.AssigneeName ?? assignee.Id) : null,
            Channel = record.Channel,
            CreatedAt = record.CreatedAt,
            UpdatedAt = record.UpdatedAt,
            RespondedAt = record.RespondedAt,
            ResolvedAt = record.ResolvedAt,
            ClosedAt = record.ClosedAt,
            Resolution = record.Resolution,
            ReopenCount = record.ReopenCount,
            PartOf = record.PartOf?.ToString(),
            Sla = Sla(incident, now),
            Major = record.Major is { } major ? MajorJsonMapper.ToMajor(major) : null,
            Audit = [.. found.History.Select(TicketJsonMapper.ToEvent)],
        };
    }

    public static JsonIncidentSummary ToSummary(IncidentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new JsonIncidentSummary
        {
            Id = summary.Id.ToString(),
            Title = summary.Title,
            Service = summary.Service,
            Priority = summary.Priority.ToString(),
            State = IncidentStates.DisplayName(summary.State),
            Requester = TicketJsonMapper.Person(summary.Requester, summary.RequesterName),
            Assignee = summary.Assignee is { } assignee ? TicketJsonMapper.Person(assignee, summary.AssigneeName ?? assignee.Id) : null,
            UpdatedAt = summary.UpdatedAt,
            Major = summary.IsMajor,
            PartOf = summary.PartOf?.ToString(),
        };
    }

    private static JsonSla Sla(Incident incident, DateTimeOffset now)
    {
        DateTimeOffset responseDue = incident.ResponseDueAt(now);
        DateTimeOffset resolutionDue = incident.ResolutionDueAt(now);
        return new JsonSla
        {
            ResponseTarget = incident.SlaTarget.Response,
            ResolutionTarget = incident.SlaTarget.Resolution,
            ResponseDueAt = responseDue,
            ResolutionDueAt = resolutionDue,
            Paused = incident.SlaClock.IsPaused,
            ResponseBreached = (incident.RespondedAt ?? now) > responseDue,
            ResolutionBreached = (incident.ResolvedAt ?? now) > resolutionDue,
            ComputedAt = now,
        };
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
