namespace ChatOpsItsm.Bench.Reporting;

/// <summary>Memory at the end of the run. The bench process holds the host, the load generator and the floor client.</summary>
internal sealed record MemoryFigures(
    long PeakWorkingSetBytes,
    long GcHeapSizeBytes,
    long GcCommittedBytes,
    long TotalAllocatedBytes,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    long? AzuritePeakWorkingSetBytes);
