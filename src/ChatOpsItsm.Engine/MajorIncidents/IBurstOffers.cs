namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// Makes the "declare a major incident?" offer for a burst of incidents on one service once per window, however many
/// instances see the burst at the same moment.
/// </summary>
public interface IBurstOffers
{
    /// <summary>
    /// True for exactly one caller per <paramref name="service"/> (compared without regard to case) until
    /// <paramref name="window"/> has passed since the last claim; a conditional write decides between instances.
    /// </summary>
    Task<bool> TryClaimAsync(string service, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken);
}
