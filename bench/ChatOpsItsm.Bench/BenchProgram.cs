using ChatOpsItsm.Bench.Reporting;

namespace ChatOpsItsm.Bench;

/// <summary>
/// The entry point. Not top-level statements: those would declare a second global <c>Program</c> next to the
/// host's, which <c>WebApplicationFactory&lt;Program&gt;</c> names.
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions? options = BenchOptions.Parse(args, out string? error);
        if (options is null)
        {
            TextWriter writer = error is { Length: > 0 } ? Console.Error : Console.Out;
            if (error is { Length: > 0 })
            {
                writer.WriteLine(error);
            }

            writer.WriteLine(BenchOptions.Usage);
            return error is { Length: > 0 } ? 2 : 0;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, press) =>
        {
            press.Cancel = true;
            cancellation.Cancel();
        };

        BenchReport report;
        try
        {
            report = await new BenchRun(options, Console.Error).RunAsync(cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Console.Error.WriteLine("bench: cancelled");
            return 130;
        }
        catch (Exception exception) when (exception is InvalidOperationException or AggregateException)
        {
            // Set-up problems (Azurite missing, the host refusing to start: its container's validation throws an
            // AggregateException) carry a message that says what to do.
            Console.Error.WriteLine("bench: " + exception.Message);
            return 1;
        }

        ConsoleReport.Write(report, Console.Out);
        if (options.JsonPath is not null)
        {
            await using FileStream json = File.Create(options.JsonPath);
            await System.Text.Json.JsonSerializer.SerializeAsync(json, report, ReportJsonContext.Default.BenchReport, cancellation.Token);
            Console.Out.WriteLine($"Figures written to {Path.GetFullPath(options.JsonPath)}");
        }

        return 0;
    }
}
