using System.Globalization;

namespace ChatOpsItsm.Bench;

/// <summary>The command line: how hard to push, how much to measure, and where to write the figures.</summary>
internal sealed record BenchOptions(
    int Concurrency,
    int Requests,
    int Warmup,
    int ExactSamples,
    string? Storage,
    string? JsonPath,
    int FanOut,
    int PollMilliseconds,
    int DeliveryTimeoutSeconds,
    int Voters,
    int VoteChanges,
    IReadOnlySet<string> Phases,
    IReadOnlyList<int> MajorRoutes)
{
    public const string CommandsPhase = "commands";
    public const string DeliveryPhase = "delivery";
    public const string TeamsPhase = "teams";
    public const string DiscordPhase = "discord";
    public const string VotesPhase = "votes";
    public const string MajorPhase = "major";

    /// <summary>Every phase, in the order a run measures them.</summary>
    public static IReadOnlyList<string> AllPhases { get; } = [CommandsPhase, DeliveryPhase, TeamsPhase, DiscordPhase, VotesPhase, MajorPhase];

    public bool Runs(string phase) => Phases.Contains(phase);

    public const string Usage =
        """
        Usage: dotnet run -c Release --project bench/ChatOpsItsm.Bench -- [options]

          --concurrency N       requests in flight at once (default 8)
          --requests N          measured requests per command, floor operation and delivery phase (default 400)
          --warmup N            unmeasured requests before each measured phase (default 50)
          --exact N             sequential requests per command whose round trips are counted one by one (default 20)
          --fanout K            also post each P1 to K routes local:route-0 …, requests ÷ K reports (default 4; 0 skips it)
          --poll-ms N           Delivery:PollInterval of the delivery hosts, in milliseconds (default 50)
          --delivery-timeout S  seconds a delivery phase may take before it reports what it got (default 60)
          --voters N            approvers voting in the vote phases; the group has one more, who never votes (default 50)
          --changes M           changes the "many changes" vote phase spreads its votes over (default 40)
          --routes LIST         stakeholder routes of the major phase, a host per count, comma-separated; each host
                                sends max(20, requests ÷ 10) major updates one at a time (default 10,50)
          --phases LIST         run only these, comma-separated: commands,delivery,teams,discord,votes,major (default all)
          --storage CS          use this storage connection string instead of starting an in-memory Azurite
          --json PATH           also write the figures as JSON to PATH
          --help                print this text
        """;

    public static BenchOptions Defaults { get; } = new(
        8, 400, 50, 20, null, null, 4, 50, 60, 50, 40, new HashSet<string>(AllPhases, StringComparer.Ordinal), [10, 50]);

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
                case "--fanout" when InRange(value, 0, 64, out int fanOut):
                    options = options with { FanOut = fanOut };
                    break;
                case "--poll-ms" when InRange(value, 10, 60_000, out int poll):
                    options = options with { PollMilliseconds = poll };
                    break;
                case "--delivery-timeout" when InRange(value, 1, 3_600, out int seconds):
                    options = options with { DeliveryTimeoutSeconds = seconds };
                    break;
                case "--voters" when InRange(value, 1, 1_000, out int voters):
                    options = options with { Voters = voters };
                    break;
                case "--changes" when InRange(value, 1, 1_000, out int changes):
                    options = options with { VoteChanges = changes };
                    break;
                case "--routes" when ParseRoutes(value) is { } routes:
                    options = options with { MajorRoutes = routes };
                    break;
                case "--phases" when ParsePhases(value) is { } phases:
                    options = options with { Phases = phases };
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

    private static HashSet<string>? ParsePhases(string value)
    {
        string[] names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.Length > 0 && names.All(name => AllPhases.Contains(name, StringComparer.Ordinal))
            ? new HashSet<string>(names, StringComparer.Ordinal)
            : null;
    }

    /// <summary>Distinct route counts from 1 to 500, in the order given; null when any is not one.</summary>
    private static int[]? ParseRoutes(string value)
    {
        string[] counts = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        List<int> routes = [];
        foreach (string count in counts)
        {
            if (!InRange(count, 1, 500, out int routeCount) || routes.Contains(routeCount))
            {
                return null;
            }

            routes.Add(routeCount);
        }

        return routes.Count > 0 ? [.. routes] : null;
    }

    private static bool InRange(string value, int min, int max, out int number) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= min && number <= max;
}
