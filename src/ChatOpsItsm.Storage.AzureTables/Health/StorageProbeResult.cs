namespace ChatOpsItsm.Storage.AzureTables.Health;

/// <summary>Whether storage answered the probe, and a sentence for the health report (no connection details).</summary>
public sealed record StorageProbeResult(bool IsHealthy, string Description);
