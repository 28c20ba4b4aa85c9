namespace ChatOpsItsm.Engine.Delivery;

/// <summary>Work moved aside after too many failed attempts: listed for operators and replayable.</summary>
public interface IFailedDeliveries
{
    Task<IReadOnlyList<FailedDelivery>> ListAsync(int max, CancellationToken cancellationToken);

    /// <summary>Puts a failed item back on the queue with fresh attempts; false when there is no such failed item.</summary>
    Task<bool> ReplayAsync(string workId, CancellationToken cancellationToken);
}
