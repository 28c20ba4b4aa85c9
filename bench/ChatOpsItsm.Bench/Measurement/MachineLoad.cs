namespace ChatOpsItsm.Bench.Measurement;

/// <summary>
/// The system's load average (1, 5 and 15 minutes, from <c>/proc/loadavg</c>): printed with the figures, because
/// another build or test run on the same cores moves them by 2× or more.
/// </summary>
internal static class MachineLoad
{
    private const string LoadAverageFile = "/proc/loadavg";

    /// <summary><c>0.52 0.61 0.70</c>, or <c>n/a</c> where the system does not publish it.</summary>
    public static string Read()
    {
        try
        {
            string[] fields = File.ReadAllText(LoadAverageFile).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return fields.Length >= 3 ? string.Join(' ', fields[..3]) : "n/a";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "n/a";
        }
    }
}
