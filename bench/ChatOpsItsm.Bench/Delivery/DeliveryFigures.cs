namespace ChatOpsItsm.Bench.Delivery;

/// <summary>
/// Everything the delivery benchmark measured: how the host was set up for it, the storage requests its workers
/// send when there is nothing to do, the phases under load, and the sequential pass.
/// </summary>
internal sealed record DeliveryFigures(
    double PollIntervalMs,
    double TimeoutSeconds,
    IReadOnlyList<string> Routes,
    IReadOnlyList<string> FanOutRoutes,
    double IdleRoundTripsPerSecond,
    IReadOnlyList<DeliveryPhaseResult> Phases,
    DeliveryTraceResult Trace);
