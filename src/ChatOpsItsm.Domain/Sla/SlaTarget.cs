namespace ChatOpsItsm.Domain.Sla;

/// <summary>How long the service desk has to respond to and to resolve an incident of one priority.</summary>
public sealed record SlaTarget(TimeSpan Response, TimeSpan Resolution);
