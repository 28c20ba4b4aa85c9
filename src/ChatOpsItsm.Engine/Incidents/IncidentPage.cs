namespace ChatOpsItsm.Engine.Incidents;

/// <summary>A page of a listing and the token for the next one (null on the last page).</summary>
public sealed record IncidentPage(IReadOnlyList<IncidentSummary> Items, string? ContinuationToken);
