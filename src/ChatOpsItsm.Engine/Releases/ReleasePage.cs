namespace ChatOpsItsm.Engine.Releases;

/// <summary>A page of a release listing and the token for the next one (null on the last page).</summary>
public sealed record ReleasePage(IReadOnlyList<ReleaseSummary> Items, string? ContinuationToken);
