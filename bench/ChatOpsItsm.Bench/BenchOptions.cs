using System.Globalization;

namespace ChatOpsItsm.Bench;

/// <summary>The command line: how hard to push, how much to measure, and where to write the figures.</summary>
internal sealed record BenchOptions(int Concurrency, int Requests, int Warmup, int ExactSamples, string? Storage, string? JsonPath)
{
    public const string Usage =
        """
        Usage: dotnet run -c Release --project bench/ChatOpsItsm.Bench -- [options]

          --concurrency N   requests in flight at once (default 8)
          --requests N      measured requests per command and per floor operation (default 400)
          --warmup N        unmeasured requests before each measured phase (default 50)
          --exact N         sequential requests per command whose round trips are counted one by one (default 20)
          --storage CS      use this storage connection string instead of starting an in-memory Azurite
          --json PATH       also write the figures as JSON to PATH
          --help            print this text
        """;

    public static BenchOptions Defaults { get; } = new(8, 400, 50, 20, null, null);

    /// <summary>Parses the arguments; returns null with an error message when they are not understood.</summary>
    public static BenchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        BenchOptions options = Defaults;
        error = null;
        for (int index = 0; index < args.Count; index++)
        {
            string name = args[index];
            if (name is "--help" or "-h")
            {
                error = "";
                return null;
            }

            if (index + 1 >= args.Count)
            {
                error = $"{name} needs a value.";
                return null;
            }

            string value = args[++index];
            switch (name)
            {
                case "--concurrency" when InRange(value, 1, 512, out int concurrency):
                    options = options with { Concurrency = concurrency };
                    break;
                case "--requests" when InRange(value, 1, 1_000_000, out int requests):
                    options = options with { Requests = requests };
                    break;
                case "--warmup" when InRange(value, 0, 1_000_000, out int warmup):
                    options = options with { Warmup = warmup };
                    break;
                case "--exact" when InRange(value, 1, 10_000, out int exact):
                    options = options with { ExactSamples = exact };
                    break;
                case "--storage" when value.Length > 0:
                    options = options with { Storage = value };
                    break;
                case "--json" when value.Length > 0:
                    options = options with { JsonPath = value };
                    break;
                default:
                    error = $"Cannot use '{name} {value}'.";
                    return null;
            }
        }

        return options;
    }

    private static bool InRange(string value, int min, int max, out int number) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= min && number <= max;
}
