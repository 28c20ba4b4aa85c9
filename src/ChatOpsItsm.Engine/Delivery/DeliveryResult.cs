namespace ChatOpsItsm.Engine.Delivery;

/// <summary>What became of one work item. Failures are exceptions: the worker retries them.</summary>
public sealed record DeliveryResult(DeliveryStatus Status, DateTimeOffset? RescheduleAt = null, string? Detail = null)
{
    public static DeliveryResult Done(string? detail = null) => new(DeliveryStatus.Done, null, detail);

    public static DeliveryResult Skipped(string detail) => new(DeliveryStatus.Skipped, null, detail);

    public static DeliveryResult Reschedule(DateTimeOffset at) => new(DeliveryStatus.Rescheduled, at);
}
