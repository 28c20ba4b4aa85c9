using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Engine.Incidents;

/// <summary>
/// The outcome of <see cref="IncidentUpdater.UpdateAsync"/>: the incident as last read (changed when
/// <see cref="IncidentUpdateStatus.Saved"/>), and why the change refused it.
/// </summary>
public sealed record IncidentUpdate(IncidentUpdateStatus Status, Incident? Incident, DomainError? Refusal)
{
    public static IncidentUpdate NotFound { get; } = new(IncidentUpdateStatus.NotFound, null, null);

    public static IncidentUpdate Busy { get; } = new(IncidentUpdateStatus.Busy, null, null);

    public static IncidentUpdate Saved(Incident incident) => new(IncidentUpdateStatus.Saved, incident, null);

    public static IncidentUpdate Refused(Incident incident, DomainError refusal) => new(IncidentUpdateStatus.Refused, incident, refusal);
}
