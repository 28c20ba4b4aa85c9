namespace ChatOpsItsm.Engine.Delivery;

/// <summary>Which outbound work items were carried out, so a redelivered queue message has no second effect.</summary>
public interface IDeliveryLedger
{
    Task<bool> IsDoneAsync(string workId, CancellationToken cancellationToken);

    Task MarkDoneAsync(string workId, DateTimeOffset at, CancellationToken cancellationToken);
}
