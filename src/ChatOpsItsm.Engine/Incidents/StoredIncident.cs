using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Engine.Incidents;

/// <summary>An incident as read from storage, with the version a later write must match.</summary>
public sealed record StoredIncident(Incident Incident, RecordVersion Version);
