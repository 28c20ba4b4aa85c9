namespace ChatOpsItsm.Engine.Changes;

/// <summary>A page of a change listing and the token for the next one (null on the last page).</summary>
public sealed record ChangePage(IReadOnlyList<ChangeSummary> Items, string? ContinuationToken);
