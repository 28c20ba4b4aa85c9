namespace ChatOpsItsm.Bench.Reporting;

/// <summary>How the run was set up, printed above the figures so that two runs can be compared fairly.</summary>
internal sealed record RunSettings(
    int Concurrency,
    int Requests,
    int Warmup,
    int ExactSamples,
    string Storage,
    string HostAddress,
    int ProcessorCount,
    string Runtime,
    string OperatingSystem,
    bool ServerGc,
    string LoadAverageAtStart,
    string LoadAverageAtEnd);
