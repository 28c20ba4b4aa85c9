using System.Diagnostics;

namespace ChatOpsItsm.Bench.Measurement;

/// <summary>The process's allocation and collection counters at one instant (the host and the load generator together).</summary>
internal readonly record struct MemoryProbe(long AllocatedBytes, int Gen0, int Gen1, int Gen2)
{
    public static MemoryProbe Take() =>
        new(GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    /// <summary>The most physical memory this process has held so far (VmHWM on Linux).</summary>
    public static long PeakWorkingSetBytes()
    {
        using Process self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }

    /// <summary>The peak working set of another process (Azurite), or null when it cannot be read.</summary>
    public static long? PeakWorkingSetBytes(int processId)
    {
        try
        {
            using Process other = Process.GetProcessById(processId);
            return other.PeakWorkingSet64;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }
}
