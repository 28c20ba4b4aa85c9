using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Host.TicketsApi.Protocol;

namespace ChatOpsItsm.Host.TicketsApi;

/// <summary>Turns a major incident's part of an incident (roles, cadence, links, follow-up actions) into the REST API's JSON.</summary>
internal static class MajorJsonMapper
{
    public static JsonMajorIncident ToMajor(MajorIncident major)
    {
        ArgumentNullException.ThrowIfNull(major);
        return new JsonMajorIncident
        {
            DeclaredAt = major.DeclaredAt,
            DeclaredBy = Person(major.DeclaredBy),
            DeclaredIn = major.DeclaredIn,
            Commander = Person(major.Commander),
            Communications = major.Communications is { } communications ? Person(communications) : null,
            Scribe = major.Scribe is { } scribe ? Person(scribe) : null,
            WarRoom = major.WarRoom,
            Cadence = major.Cadence,
            NextUpdateDueAt = major.NextUpdateDueAt,
            UpdateCount = major.UpdateCount,
            LastUpdate = major.LastUpdate,
            LastUpdateAt = major.LastUpdateAt,
            SnoozedUntil = major.SnoozedUntil,
            RemindersSent = major.RemindersSent,
            LastReminderAt = major.LastReminderAt,
            MitigatedAt = major.MitigatedAt,
            EndedAt = major.EndedAt,
            Summary = major.Summary,
            LinkedIncidents = [.. major.LinkedIncidents.Select(incident => incident.ToString())],
            Actions = [.. major.Actions.Select(ToAction)],
        };
    }

    private static JsonFollowUpAction ToAction(FollowUpAction action) => new()
    {
        Number = action.Number,
        Text = action.Text,
        Owner = action.Owner is { } owner ? TicketJsonMapper.Person(owner, action.OwnerName ?? owner.Id) : null,
        AddedAt = action.AddedAt,
        BecameTicket = action.BecameTicket?.ToString(),
    };

    private static JsonTicketPerson Person(RoleHolder holder) => TicketJsonMapper.Person(holder.Identity, holder.Name);
}
