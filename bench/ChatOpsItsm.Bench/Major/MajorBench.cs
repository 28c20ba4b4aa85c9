using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ChatOpsItsm.Bench.Delivery;
using ChatOpsItsm.Bench.Hosting;
using ChatOpsItsm.Bench.Measurement;
using ChatOpsItsm.Bench.Workloads;

namespace ChatOpsItsm.Bench.Major;

/// <summary>
/// The major-incident fan-out (issue 7 §5). For each route count K (<c>--routes</c>) a host of its own, with its own
/// tables and queue, its workers on and the local channel wrapped by an <see cref="UpdateRecorder"/>, configured with K
/// stakeholder routes <c>local:stake-0</c> … and the on-call route, the bench agent on call. The agent declares one major
/// incident by title in <see cref="Conversation"/> (a new P1, declared at once); the bench waits until its announcement
/// reached every stakeholder and on-call route and the channel has been quiet for a second, so the declaration's posts
/// do not mix with what is measured. Then a short warm-up and the measured pass (<see cref="MajorUpdatePass"/>):
/// <c>major update</c> one at a time, each timed to the moment its text was handed to the channel for every route.
/// </summary>
internal sealed partial class MajorBench(
    BenchOptions options, string repositoryRoot, string connectionString, RoundTripCounter roundTrips, Action<string> say)
{
    /// <summary>Where the agent declares and posts the updates; the war room opens under it.</summary>
    public const string Conversation = "bench-major";

    public const string StakeholderPrefix = "local:stake-";

    /// <summary>Unmeasured updates per host before the measured ones: the first pays for code run for the first time.</summary>
    private const int WarmupUpdates = 2;

    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(10);

    /// <summary>Measured updates per host: max(20, requests ÷ 10).</summary>
    public int Updates => Math.Max(20, options.Requests / 10);

    private int Warmup => options.Warmup > 0 ? WarmupUpdates : 0;

    private TimeSpan PollInterval => TimeSpan.FromMilliseconds(options.PollMilliseconds);

    private TimeSpan Timeout => TimeSpan.FromSeconds(options.DeliveryTimeoutSeconds);

    // As the delivery trace: long enough for the worker to finish the last post of an update before the next is sent.
    private TimeSpan Settle => TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(200).Ticks, PollInterval.Ticks * 4));

    /// <summary>The key of the host with <paramref name="routes"/> stakeholder routes in the run's queue names.</summary>
    public static string QueueKey(int routes) => "major-" + routes.ToString(CultureInfo.InvariantCulture);

    /// <param name="tablePrefix">The run's table prefix; each host adds its route count.</param>
    /// <param name="queueNames">The run's queue names, one per route count under <see cref="QueueKey"/>.</param>
    /// <param name="cancellationToken">Stops the run (Ctrl+C).</param>
    public async Task<MajorFigures> RunAsync(
        string tablePrefix, IReadOnlyDictionary<string, string> queueNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queueNames);
        List<MajorRoutesResult> hosts = [];
        foreach (int routes in options.MajorRoutes)
        {
            string suffix = routes.ToString(CultureInfo.InvariantCulture);
            hosts.Add(await RunHostAsync(routes, tablePrefix + suffix, queueNames[QueueKey(routes)], cancellationToken));
        }

        return new MajorFigures(
            PollInterval.TotalMilliseconds, Timeout.TotalSeconds, Updates, Warmup, Settle.TotalMilliseconds, DeliveryBench.OnCallRoute, hosts);
    }

    private async Task<MajorRoutesResult> RunHostAsync(int routes, string tablePrefix, string queueName, CancellationToken cancellationToken)
    {
        string[] stakeholders = [.. Enumerable.Range(0, routes).Select(k => StakeholderPrefix + k.ToString(CultureInfo.InvariantCulture))];
        var recorder = new UpdateRecorder();
        await using var app = new BenchAppFactory(repositoryRoot, connectionString, tablePrefix, Settings(queueName, stakeholders))
        {
            ReplaceServices = services => UpdateRecordingChannel.WrapAll(services, recorder),
        };
        Uri address = app.Start();
        say($"major host: {address} (tables {tablePrefix}*, queue {queueName}, {routes} stakeholder route(s) and {DeliveryBench.OnCallRoute}, poll {options.PollMilliseconds} ms)");
        using var chat = new ChatClient(address, BenchAppFactory.AgentId, 1, Timeout);
        Declaration declaration = await DeclareAsync(chat, recorder, [.. stakeholders, DeliveryBench.OnCallRoute], routes, cancellationToken);
        if (declaration.Incident is not { } incident)
        {
            return MajorRoutesResult.NotDeclared(routes, Updates, declaration.FailedAnswer);
        }

        var pass = new MajorUpdatePass(chat, recorder, roundTrips, stakeholders, Settle, Timeout, say);
        if (Warmup > 0)
        {
            await pass.RunAsync(incident, Warmup, cancellationToken);
            await WaitQuietAsync(recorder, cancellationToken);
        }

        int? depth = await new QueueDepth(connectionString, queueName).ReadAsync(cancellationToken);
        double idle = await IdleRoundTripsPerSecondAsync(cancellationToken);
        UpdatePassRun measured = await pass.RunAsync(incident, Updates, cancellationToken);
        MajorRoutesResult result = MajorTally.Of(declaration, measured, recorder, stakeholders, Updates, Timeout)
            with { QueueDepthAtStart = depth, IdleRoundTripsPerSecond = idle };
        say(string.Create(CultureInfo.InvariantCulture,
            $"major update → {routes} routes: {result.Sent}/{result.Planned} updates, last route p50 {result.LastRoute.P50:0.0} ms, p99 {result.LastRoute.P99:0.0} ms, first p50 {result.FirstRoute.P50:0.0} ms, command p50 {result.Command.P50:0.0} ms, {result.RoundTripsPerUpdate:0.0} RT/update, {result.Missed} missed"));
        return result;
    }

    /// <summary>
    /// Delivery as for the delivery phases (workers on, polling often, the on-call route, a P1 response target of a day),
    /// plus the stakeholder routes, and the bench agent on call as well as an agent.
    /// </summary>
    private Dictionary<string, string?> Settings(string queueName, string[] stakeholders)
    {
        Dictionary<string, string?> settings = HostSettings.Delivery(queueName, PollInterval, [DeliveryBench.OnCallRoute]);
        settings["Itsm:Roles:oncall:0"] = "local:" + BenchAppFactory.AgentId;
        for (int k = 0; k < stakeholders.Length; k++)
        {
            settings["Itsm:Routes:Stakeholders:" + k.ToString(CultureInfo.InvariantCulture)] = stakeholders[k];
        }

        return settings;
    }

    /// <summary>
    /// <c>major declare &lt;title&gt; service:email</c>, then waits until every route got a message naming the incident
    /// (or its title) and the channel has been quiet for a second, both bounded by the time-out.
    /// </summary>
    private async Task<Declaration> DeclareAsync(
        ChatClient chat, UpdateRecorder recorder, string[] routes, int stakeholders, CancellationToken cancellationToken)
    {
        string title = string.Create(CultureInfo.InvariantCulture, $"Bench mail outage mjr{stakeholders}x");
        string command = $"major declare {title} service:email";
        long sent = Stopwatch.GetTimestamp();
        string? body = await chat.SendAsync(Conversation, command, cancellationToken);
        Match id = body is null ? Match.Empty : IncidentId().Match(body);
        if (!id.Success)
        {
            say($"major: '{command}' was answered {Shorten(body)}; nothing measured on this host");
            return new Declaration(null, Shorten(body), null, routes.Length);
        }

        List<string> pending = [.. routes];
        while (pending.Count > 0 && Stopwatch.GetElapsedTime(sent) < Timeout)
        {
            await Task.Delay(PollEvery, cancellationToken);
            pending.RemoveAll(route => recorder.Reached(route, id.Value) || recorder.Reached(route, title));
        }

        double? seconds = pending.Count == 0 ? Stopwatch.GetElapsedTime(sent).TotalSeconds : null;
        await WaitQuietAsync(recorder, cancellationToken);
        say(seconds is double done
            ? string.Create(CultureInfo.InvariantCulture, $"major: {id.Value} declared, announced to all {routes.Length} routes in {done:0.00} s, war room {recorder.WarRoom ?? "(none seen)"}")
            : $"major: {id.Value} declared, but {pending.Count} of {routes.Length} routes had no announcement after {Timeout.TotalSeconds:0} s ({string.Join(", ", pending.Take(3))} …)");
        return new Declaration(id.Value, null, seconds, pending.Count);
    }

    /// <summary>Waits until nothing was handed to the channel for <see cref="Quiet"/>, or the time-out.</summary>
    private async Task WaitQuietAsync(UpdateRecorder recorder, CancellationToken cancellationToken)
    {
        long started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(recorder.LastCallAt) < Quiet && Stopwatch.GetElapsedTime(started) < Timeout)
        {
            await Task.Delay(PollEvery, cancellationToken);
        }
    }

    /// <summary>What the workers send with nothing to do (a queue receive per poll), counted for one second.</summary>
    private async Task<double> IdleRoundTripsPerSecondAsync(CancellationToken cancellationToken)
    {
        RoundTripSnapshot before = roundTrips.Snapshot();
        long started = Stopwatch.GetTimestamp();
        await Task.Delay(Quiet, cancellationToken);
        return roundTrips.Snapshot().Since(before).Total / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    public static string Shorten(string? body) =>
        body is null ? "(no 2xx answer)" : body.Length <= 300 ? body : body[..300] + "…";

    [GeneratedRegex(@"INC-\d+", RegexOptions.CultureInvariant)]
    private static partial Regex IncidentId();
}
