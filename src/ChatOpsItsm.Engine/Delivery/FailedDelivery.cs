namespace ChatOpsItsm.Engine.Delivery;

/// <summary>A work item that kept failing and was moved aside, with why; it can be replayed.</summary>
public sealed record FailedDelivery(string WorkId, string Kind, string Target, DateTimeOffset FailedAt, int Attempts, string Reason);
