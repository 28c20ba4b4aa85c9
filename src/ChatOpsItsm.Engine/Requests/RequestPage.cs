namespace ChatOpsItsm.Engine.Requests;

/// <summary>A page of a request listing and the token for the next one (null on the last page).</summary>
public sealed record RequestPage(IReadOnlyList<RequestSummary> Items, string? ContinuationToken);
