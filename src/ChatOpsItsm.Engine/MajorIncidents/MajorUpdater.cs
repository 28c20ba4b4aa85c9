using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// Applies one major-incident step through <see cref="IncidentUpdater"/> after asking <see cref="MajorPermissions"/>
/// on each fresh copy: whether someone may run or record on an incident depends on the roles it holds now, which
/// another instance may have just changed.
/// </summary>
public sealed class MajorUpdater(IncidentUpdater updater)
{
    public Task<IncidentUpdate> UpdateAsync(
        TicketId id, MajorOperation operation, Func<Incident, DomainResult> step, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(context);
        return updater.UpdateAsync(
            id,
            incident => MajorPermissions.MayAct(context.Person, operation, incident)
                ? step(incident)
                : DomainResult.Refused(DomainErrorCodes.NotPermitted, MajorPermissions.Explain(operation)),
            context.Now,
            cancellationToken);
    }
}
