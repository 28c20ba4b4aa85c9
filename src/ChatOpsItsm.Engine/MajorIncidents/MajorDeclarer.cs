using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Sla;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Notifications;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// Declares a major incident: an existing incident through the updater, or a new P1 opened and declared in the same
/// create, so the record is never seen half made (a P1 without its commander). The cadence follows the incident's
/// priority; the war room opens where <see cref="MajorSettings.WarRoomParentFor"/> says.
/// </summary>
public sealed class MajorDeclarer(
    MajorUpdater updater, IIncidentStore store, SlaPolicy slaPolicy, IncidentOutbound outbound, MajorSettings settings)
{
    public Task<IncidentUpdate> DeclareAsync(TicketId id, RoleHolder commander, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        string? parent = settings.WarRoomParentFor(context.Event);
        return updater.UpdateAsync(
            id,
            MajorOperation.Declare,
            incident => incident.DeclareMajor(commander, settings.CadenceFor(incident.Priority), parent, context.Action),
            context,
            cancellationToken);
    }

    /// <summary>Opens a new incident of impact and urgency high (P1) on <paramref name="service"/> and declares it; or says why not.</summary>
    public async Task<(Incident? Incident, string? Problem)> OpenAsync(
        string title, string? service, RoleHolder commander, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Person.WorksIncidents)
        {
            return (null, MajorPermissions.Explain(MajorOperation.Declare));
        }

        IncidentDraft draft = new(title, service, Impact.High, Urgency.High, null);
        if (draft.MissingFields().Contains("service"))
        {
            return (null, "Which service is down? Add `service:<name>` to open a new major incident, or give an incident id such as INC-1001.");
        }

        IReadOnlyList<DomainError> errors = draft.Validate();
        if (errors.Count > 0)
        {
            return (null, string.Join(' ', errors.Select(e => e.Message)));
        }

        string? parent = settings.WarRoomParentFor(context.Event);
        Incident created = await store.CreateAsync(
            id =>
            {
                Incident incident = Incident.Report(id, draft, slaPolicy, context.Action).Incident
                    ?? throw new InvalidOperationException("A validated draft was refused.");
                DomainResult declared = incident.DeclareMajor(commander, settings.CadenceFor(incident.Priority), parent, context.Action);
                return declared.Succeeded
                    ? incident
                    : throw new InvalidOperationException($"A new incident refused to be declared major: {declared.Error!.Message}");
            },
            made => outbound.For(made, context.Now),
            cancellationToken);
        return (created, null);
    }
}
