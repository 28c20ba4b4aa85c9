using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Host.TicketsApi.Protocol;

namespace ChatOpsItsm.Host.TicketsApi;

/// <summary>Turns incidents, audit events and listing entries into the REST API's JSON.</summary>
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
            Impact = Lower(record.Impact),
            Urgency = Lower(record.Urgency),
            Priority = incident.Priority.ToString(),
            State = IncidentStates.DisplayName(record.State),
            HoldReason = record.HoldReason is { } reason ? Camel(reason.ToString()) : null,
            Requester = Person(record.Requester, record.RequesterName),
            Assignee = record.Assignee is { } assignee ? Person(assignee, record.AssigneeName ?? assignee.Id) : null,
            Channel = record.Channel,
            CreatedAt = record.CreatedAt,
            UpdatedAt = record.UpdatedAt,
            RespondedAt = record.RespondedAt,
            ResolvedAt = record.ResolvedAt,
            ClosedAt = record.ClosedAt,
            Resolution = record.Resolution,
            ReopenCount = record.ReopenCount,
            Sla = Sla(incident, now),
            Audit = [.. found.History.Select(ToEvent)],
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
            Requester = Person(summary.Requester, summary.RequesterName),
            Assignee = summary.Assignee is { } assignee ? Person(assignee, summary.AssigneeName ?? assignee.Id) : null,
            UpdatedAt = summary.UpdatedAt,
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

    private static JsonAuditEvent ToEvent(AuditEvent auditEvent) => new()
    {
        Sequence = auditEvent.Sequence,
        At = auditEvent.At,
        Actor = auditEvent.Actor.ToString(),
        ActorName = auditEvent.ActorName,
        Channel = auditEvent.Channel,
        Action = auditEvent.Action,
        Changes = [.. auditEvent.Changes.Select(change => new JsonFieldChange { Field = change.Field, Old = change.OldValue, New = change.NewValue })],
        Text = auditEvent.Text,
    };

    private static JsonTicketPerson Person(UserIdentity identity, string name) => new() { Id = identity.ToString(), Name = name };

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
