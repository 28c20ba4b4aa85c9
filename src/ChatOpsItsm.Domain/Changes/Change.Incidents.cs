using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Changes;

/// <summary>
/// The incidents a change may have caused (issue 6 §3): linked once its implementation started, in any later state
/// (an incident can surface after the change closed). Linking one already linked, or unlinking one not linked, is
/// refused as unchanged and records nothing; a change links at most <see cref="ChangeLimits.MaxLinkedIncidents"/>.
/// </summary>
public sealed partial class Change
{
    /// <summary>Links an incident the change may have caused.</summary>
    /// <exception cref="ArgumentException"><paramref name="incident"/> is not an incident id.</exception>
    public DomainResult LinkIncident(TicketId incident, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        RequireIncident(incident);
        if (_state.StartedAt is null)
        {
            return Refused("linked to incidents", "it has not been implemented, so it can't have caused one");
        }

        if (_state.LinkedIncidents.Contains(incident))
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"{incident} is already linked to {Id}.");
        }

        if (_state.LinkedIncidents.Count >= ChangeLimits.MaxLinkedIncidents)
        {
            return DomainResult.Refused(DomainErrorCodes.Validation,
                $"{Id} already links {ChangeLimits.MaxLinkedIncidents} incidents, the most one change can.");
        }

        _state = _state with { LinkedIncidents = [.. _state.LinkedIncidents, incident] };
        Record(context, AuditActions.Linked, null, Field("incident", null, incident.ToString()));
        return DomainResult.Ok;
    }

    /// <summary>Unlinks an incident that turned out not to be caused by the change.</summary>
    /// <exception cref="ArgumentException"><paramref name="incident"/> is not an incident id.</exception>
    public DomainResult UnlinkIncident(TicketId incident, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        RequireIncident(incident);
        if (!_state.LinkedIncidents.Contains(incident))
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"{incident} is not linked to {Id}.");
        }

        _state = _state with { LinkedIncidents = [.. _state.LinkedIncidents.Where(i => i != incident)] };
        Record(context, AuditActions.Unlinked, null, Field("incident", incident.ToString(), null));
        return DomainResult.Ok;
    }

    private static void RequireIncident(TicketId incident)
    {
        if (incident.Type != TicketType.Incident)
        {
            throw new ArgumentException($"{incident} is not an incident id.", nameof(incident));
        }
    }
}
