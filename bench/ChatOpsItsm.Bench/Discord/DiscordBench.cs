using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatOpsItsm.Adapters.Discord.Authentication;
using ChatOpsItsm.Adapters.Discord.Configuration;
using ChatOpsItsm.Adapters.Discord.Rest;
using ChatOpsItsm.Bench.Hosting;
using ChatOpsItsm.Bench.Measurement;
using ChatOpsItsm.Bench.Workloads;
using ChatOpsItsm.TestSupport.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Bench.Discord;

/// <summary>
/// The Discord path (issue 5 §5): a host of its own with <c>Discord:Enabled</c>, a per-run Ed25519 key pair
/// (<see cref="InteractionSigner"/>), and its REST client ending in a <see cref="FakeDiscordApi"/>. First the signature
/// check alone, in a tight loop on a real interaction body; then a few incidents are reported over the local channel,
/// and signed APPLICATION_COMMAND interactions from a few users' guild channels (<c>/incident show id:</c>, every fifth
/// <c>/incident report</c> with options, every tenth <c>/incident list scope:open</c>), each with an id of its own, go to
/// <c>POST /api/discord/interactions</c> over real HTTP, closed loop at the run's concurrency: a warm-up, then the
/// measured pass. Bodies are made and signed before the pass, so signing is not timed; verifying is. Every 200 must
/// carry a message (type 4) naming what was asked, or an acknowledgement (type 5) when the engine took longer than
/// <c>Discord:DeferAfter</c>. Warm-up and pass together are bounded. Workers are off, as in the Teams phase.
/// </summary>
internal sealed partial class DiscordBench(
    BenchOptions options, string repositoryRoot, string connectionString, RoundTripCounter roundTrips, Action<string> say)
{
    public const string Report = "/incident report";
    public const string Show = "/incident show";
    public const string List = "/incident list";
    public const string All = "all";

    /// <summary>The application id of the brief's fixtures.</summary>
    public const string ApplicationId = "1100000000000000001";

    private const string Route = "api/discord/interactions";
    private const string GuildId = "1400000000000000001";
    private const string CommandId = "1800000000000000001";
    private const string BotToken = "bench-bot-token";
    private const string NoAnswer = "no answer";
    private const int UserCount = 4;
    private const int IncidentCount = 8;
    private const int VerifyWarmup = 500;
    private const int VerifyOperations = 5000;
    private const int ChannelMessage = 4;
    private const int DeferredChannelMessage = 5;

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Discord's limit for the first response (brief §3).</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    public async Task<DiscordFigures> RunAsync(string tablePrefix, string queueName, CancellationToken cancellationToken)
    {
        var signer = new InteractionSigner();
        BenchUser[] users = [.. Enumerable.Range(0, UserCount).Select(BenchUser.Create)];

        // Nothing else runs yet (the Teams host has stopped): the check alone, on a body as the pass sends it.
        byte[] sample = Interaction(users[0], Snowflake(0, 0), ReportOptions("Bench Discord incident sample"));
        VerifyLoop verify = MeasureVerification(signer, sample);
        say(string.Create(CultureInfo.InvariantCulture,
            $"discord: signature check alone {verify.Microseconds.P50:0.0} µs p50, {verify.Microseconds.Mean:0.0} µs mean, p99 {verify.Microseconds.P99:0.0} µs over {VerifyOperations} checks of a {sample.Length}-byte body, {verify.Failures} refused"));

        using var fake = new FakeDiscordApi { BotToken = BotToken };
        Dictionary<string, string?> settings = HostSettings.Commands(queueName);
        settings["Discord:Enabled"] = "true";
        settings["Discord:ApplicationId"] = ApplicationId;
        settings["Discord:PublicKey"] = signer.PublicKeyHex;
        settings["Discord:BotToken"] = BotToken;
        settings["Discord:ApiBaseUrl"] = FakeDiscordApi.BaseUrl;
        for (int k = 0; k < users.Length; k++)
        {
            // agent:0 is the local bench agent, who reports the incidents.
            settings["Itsm:Roles:agent:" + (k + 1).ToString(CultureInfo.InvariantCulture)] = users[k].Identity;
        }

        await using var app = new BenchAppFactory(repositoryRoot, connectionString, tablePrefix, settings)
        {
            ReplaceServices = services =>
                services.AddHttpClient(DiscordRestClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => fake),
        };
        Uri address = app.Start();
        TimeSpan deferAfter = app.Services.GetRequiredService<IOptions<DiscordOptions>>().Value.DeferAfter;
        say($"discord host: {address} (tables {tablePrefix}*, Discord on, per-run Ed25519 key and fake REST API, delivery workers off)");

        string[] incidents = await ReportIncidentsAsync(address, cancellationToken);
        if (incidents.Length == 0)
        {
            throw new InvalidOperationException("The Discord host reported no incident over the local channel.");
        }

        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Concurrency + 4,
            UseProxy = false,
            UseCookies = false,
        })
        { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        Sent[] warmup = Prepare(1, options.Warmup, users, incidents, signer);
        Sent[] measured = Prepare(2, options.Requests, users, incidents, signer);
        await ClosedLoopAsync(http, warmup, deadline.Token, cancellationToken);
        RoundTripSnapshot before = roundTrips.Snapshot();
        long started = Stopwatch.GetTimestamp();
        await ClosedLoopAsync(http, measured, deadline.Token, cancellationToken);
        double elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        long storage = roundTrips.Snapshot().Since(before).Total;

        int? badSignature = await ProbeBadSignatureAsync(http, users[0], incidents[0], signer, cancellationToken);

        HashSet<string> known = new(incidents, StringComparer.Ordinal);
        int sentCount = measured.Count(sent => sent.Attempted);
        double rtPerInteraction = sentCount > 0 ? (double)storage / sentCount : 0;
        bool complete = sentCount == measured.Length;
        DiscordPhaseResult[] phases =
        [
            Tally(Report, measured.Where(sent => sent.Kind == Report), known, elapsed, rtPerInteraction, complete),
            Tally(Show, measured.Where(sent => sent.Kind == Show), known, elapsed, rtPerInteraction, complete),
            Tally(List, measured.Where(sent => sent.Kind == List), known, elapsed, rtPerInteraction, complete),
            Tally(All, measured, known, elapsed, rtPerInteraction, complete),
        ];
        DiscordPhaseResult all = phases[^1];
        // The median check, not the mean: on a shared machine a few preempted calls (ms each) would swamp the mean.
        double checkMicroseconds = verify.Microseconds.P50;
        SignatureFigures signature = new(
            sample.Length,
            VerifyWarmup,
            VerifyOperations,
            verify.Failures,
            verify.Microseconds,
            verify.OperationsPerSecond,
            all.Latency.P50 > 0 ? checkMicroseconds / (all.Latency.P50 * 1000) * 100 : 0,
            checkMicroseconds / Deadline.TotalMicroseconds * 100,
            checkMicroseconds * all.InteractionsPerSecond / 1e6 * 100);
        say(string.Create(CultureInfo.InvariantCulture,
            $"discord: {all.Ok}/{all.Planned} interactions answered 200 in {all.ElapsedMilliseconds / 1000:0.0} s, {all.InteractionsPerSecond:0}/s, p50 {all.Latency.P50:0.00} ms, p99 {all.Latency.P99:0.00} ms, {all.WithinDeadlineShare * 100:0.0}% within {Deadline.TotalSeconds:0} s, {all.Deferred} deferred{(complete ? "" : ", INCOMPLETE")}"));
        return new DiscordFigures(
            address.ToString(), users.Length, incidents.Length, Timeout.TotalSeconds, warmup.Count(sent => sent.Attempted),
            Deadline.TotalMilliseconds, deferAfter.TotalMilliseconds, fake.Calls.Count, badSignature, signature, phases);
    }

    /// <summary>
    /// <c>InteractionSignatureVerifier.Verify</c> on one thread, each call timed: what the Ed25519 check (and the hex
    /// and freshness checks around it) costs per interaction, with nothing else competing.
    /// </summary>
    private static VerifyLoop MeasureVerification(InteractionSigner signer, byte[] body)
    {
        var verifier = new InteractionSignatureVerifier(
            Options.Create(new DiscordOptions { PublicKey = signer.PublicKeyHex }), TimeProvider.System);
        string timestamp = InteractionSigner.TimestampOf(TimeProvider.System.GetUtcNow());
        string signature = signer.Sign(timestamp, body);
        for (int i = 0; i < VerifyWarmup; i++)
        {
            _ = verifier.Verify(signature, timestamp, body);
        }

        int failures = 0;
        double[] microseconds = new double[VerifyOperations];
        long started = Stopwatch.GetTimestamp();
        for (int i = 0; i < microseconds.Length; i++)
        {
            long start = Stopwatch.GetTimestamp();
            SignatureFailure? failure = verifier.Verify(signature, timestamp, body);
            microseconds[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            failures += failure is null ? 0 : 1;
        }

        double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new VerifyLoop(LatencySummary.From(microseconds), seconds > 0 ? microseconds.Length / seconds : 0, failures);
    }

    private async Task<string[]> ReportIncidentsAsync(Uri address, CancellationToken cancellationToken)
    {
        using var chat = new ChatClient(address, BenchAppFactory.AgentId, options.Concurrency);
        List<string> ids = [];
        for (int i = 0; i < IncidentCount; i++)
        {
            string text = string.Create(CultureInfo.InvariantCulture, $"incident report Bench Discord incident {i} service:email urgency:medium");
            string? body = await chat.SendAsync("bench-discord", text, cancellationToken);
            Match id = body is null ? Match.Empty : IncidentId().Match(body);
            if (id.Success)
            {
                ids.Add(id.Value);
            }
        }

        return [.. ids];
    }

    /// <summary>The pass's interactions, signed now: a report every fifth, a listing every tenth, a show otherwise.</summary>
    private static Sent[] Prepare(int pass, int count, BenchUser[] users, string[] incidents, InteractionSigner signer) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            BenchUser user = users[i % users.Length];
            string interactionId = Snowflake(pass, i);
            (string kind, string? incident, JsonObject command) = (i % 10) switch
            {
                0 or 5 => (Report, null, ReportOptions(string.Create(CultureInfo.InvariantCulture, $"Bench Discord incident {pass}-{i}"))),
                9 => (List, null, SubCommand("list", Option("scope", "open"))),
                _ => ShowOf(incidents[i % incidents.Length]),
            };
            return Sign(new Sent(kind, incident, Interaction(user, interactionId, command)), signer);
        })];

    private static (string Kind, string? Incident, JsonObject Command) ShowOf(string incident) =>
        (Show, incident, SubCommand("show", Option("id", incident)));

    private static Sent Sign(Sent sent, InteractionSigner signer)
    {
        sent.Timestamp = InteractionSigner.TimestampOf(TimeProvider.System.GetUtcNow());
        sent.Signature = signer.Sign(sent.Timestamp, sent.Body);
        return sent;
    }

    /// <summary>Closed loop at the run's concurrency over <paramref name="interactions"/>, until done or past the deadline.</summary>
    private async Task ClosedLoopAsync(HttpClient http, Sent[] interactions, CancellationToken deadline, CancellationToken run)
    {
        int next = -1;
        Task[] workers = [.. Enumerable.Range(0, Math.Min(options.Concurrency, interactions.Length)).Select(_ => Task.Run(async () =>
        {
            int index;
            while (!deadline.IsCancellationRequested && (index = Interlocked.Increment(ref next)) < interactions.Length)
            {
                Sent sent = interactions[index];
                sent.Attempted = true;
                long start = Stopwatch.GetTimestamp();
                try
                {
                    (sent.Status, sent.Response) = await SendAsync(http, sent, deadline);
                    sent.LatencyMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                }
                catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !run.IsCancellationRequested)
                {
                    sent.Status = null;
                }
            }
        }, run))];
        await Task.WhenAll(workers);
    }

    private static async Task<(HttpStatusCode Status, byte[] Body)> SendAsync(HttpClient http, Sent sent, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Route, UriKind.Relative))
        {
            Content = new ByteArrayContent(sent.Body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", sent.Signature);
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", sent.Timestamp);
        using HttpResponseMessage response = await http.SendAsync(request, cancellationToken);
        byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return (response.StatusCode, body);
    }

    /// <summary>One show whose body is changed after signing: the host must refuse it (401) before reading it.</summary>
    private static async Task<int?> ProbeBadSignatureAsync(
        HttpClient http, BenchUser user, string incident, InteractionSigner signer, CancellationToken cancellationToken)
    {
        string interactionId = Snowflake(3, 0);
        Sent sent = Sign(new Sent(Show, incident, Interaction(user, interactionId, ShowOf(incident).Command)), signer);
        byte[] tampered = [.. sent.Body];
        int at = Array.IndexOf(tampered, (byte)'I');
        tampered[at < 0 ? tampered.Length / 2 : at] ^= 0x01;
        var probe = new Sent(Show, incident, tampered) { Timestamp = sent.Timestamp, Signature = sent.Signature };
        try
        {
            (HttpStatusCode status, _) = await SendAsync(http, probe, cancellationToken);
            return (int)status;
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static DiscordPhaseResult Tally(
        string name, IEnumerable<Sent> interactions, HashSet<string> known, double elapsedMs, double rtPerInteraction, bool complete)
    {
        Sent[] all = [.. interactions];
        Sent[] ok = [.. all.Where(sent => sent.Status == HttpStatusCode.OK)];
        int inline = 0, deferred = 0, other = 0, unexpected = 0;
        foreach (Sent sent in ok)
        {
            switch (ResponseType(sent.Response))
            {
                case ChannelMessage:
                    inline++;
                    unexpected += Answers(sent, Encoding.UTF8.GetString(sent.Response), known) ? 0 : 1;
                    break;
                case DeferredChannelMessage:
                    deferred++;
                    break;
                default:
                    other++;
                    break;
            }
        }

        Dictionary<string, int> failures = all
            .Where(sent => sent.Attempted && sent.Status != HttpStatusCode.OK)
            .GroupBy(sent => sent.Status is { } status ? ((int)status).ToString(CultureInfo.InvariantCulture) : NoAnswer, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        int sentCount = all.Count(sent => sent.Attempted);
        int withinDeadline = ok.Count(sent => sent.LatencyMs <= Deadline.TotalMilliseconds);
        return new DiscordPhaseResult(
            name,
            all.Length,
            sentCount,
            ok.Length,
            sentCount - ok.Length,
            failures,
            inline,
            deferred,
            other,
            unexpected,
            withinDeadline,
            sentCount > 0 ? (double)withinDeadline / sentCount : 0,
            elapsedMs,
            elapsedMs > 0 ? ok.Length / (elapsedMs / 1000) : 0,
            rtPerInteraction,
            LatencySummary.From([.. ok.Select(sent => sent.LatencyMs)]),
            complete);
    }

    /// <summary>The interaction response's <c>type</c>, or 0 when the body is not one.</summary>
    private static int ResponseType(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("type", out JsonElement type) && type.TryGetInt32(out int value)
                ? value
                : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    /// <summary>A report names an id not reported before the pass, a show the id asked for, a listing any id.</summary>
    private static bool Answers(Sent sent, string answer, HashSet<string> known) => sent.Kind switch
    {
        Report => IncidentId().Matches(answer).Any(id => !known.Contains(id.Value)),
        Show => sent.Incident is { } incident && answer.Contains(incident, StringComparison.Ordinal),
        _ => IncidentId().IsMatch(answer),
    };

    /// <summary>A distinct interaction id (snowflake) per pass and index.</summary>
    private static string Snowflake(int pass, int index) =>
        (1_300_000_000_000_000_000UL + ((ulong)pass * 10_000_000UL) + (ulong)index).ToString(CultureInfo.InvariantCulture);

    private static JsonObject ReportOptions(string title) => SubCommand(
        "report", Option("title", title), Option("service", "email"), Option("urgency", "medium"));

    private static JsonObject SubCommand(string name, params JsonObject[] parameters) => new()
    {
        ["type"] = 1,
        ["name"] = name,
        ["options"] = new JsonArray([.. parameters]),
    };

    private static JsonObject Option(string name, string value) => new() { ["type"] = 3, ["name"] = name, ["value"] = value };

    /// <summary>A slash command in a guild text channel, as Discord sends it (the brief's §9 fixture, <c>slash-command-guild.json</c>).</summary>
    private static byte[] Interaction(BenchUser user, string interactionId, JsonObject subCommand) => Encoding.UTF8.GetBytes(new JsonObject
    {
        ["id"] = interactionId,
        ["application_id"] = ApplicationId,
        ["type"] = 2,
        ["version"] = 1,
        ["token"] = "tok_bench_" + interactionId,
        ["guild_id"] = GuildId,
        ["channel_id"] = user.ChannelId,
        ["channel"] = new JsonObject { ["id"] = user.ChannelId, ["type"] = 0, ["name"] = user.ChannelName },
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = user.Id, ["username"] = user.UserName, ["global_name"] = user.Name },
            ["roles"] = new JsonArray("1700000000000000001"),
            ["nick"] = null,
            ["joined_at"] = "2025-01-10T09:00:00.000000+00:00",
            ["deaf"] = false,
            ["mute"] = false,
            ["flags"] = 0,
            ["permissions"] = "2251799813685247",
        },
        ["app_permissions"] = "2252177770925056",
        ["locale"] = "en-US",
        ["guild_locale"] = "en-US",
        ["context"] = 0,
        ["authorizing_integration_owners"] = new JsonObject { ["0"] = GuildId },
        ["entitlements"] = new JsonArray(),
        ["attachment_size_limit"] = 10485760,
        ["data"] = new JsonObject
        {
            ["id"] = CommandId,
            ["name"] = "incident",
            ["type"] = 1,
            ["guild_id"] = GuildId,
            ["options"] = new JsonArray(subCommand),
        },
    }.ToJsonString());

    [GeneratedRegex(@"INC-\d+", RegexOptions.CultureInvariant)]
    private static partial Regex IncidentId();

    /// <summary>What the signature loop measured.</summary>
    private sealed record VerifyLoop(LatencySummary Microseconds, double OperationsPerSecond, int Failures);

    /// <summary>One interaction of a pass: made and signed before it, filled in as it is answered.</summary>
    private sealed class Sent(string kind, string? incident, byte[] body)
    {
        public string Kind { get; } = kind;

        public string? Incident { get; } = incident;

        public byte[] Body { get; } = body;

        public string Timestamp { get; set; } = "";

        public string Signature { get; set; } = "";

        public bool Attempted { get; set; }

        public HttpStatusCode? Status { get; set; }

        public byte[] Response { get; set; } = [];

        public double LatencyMs { get; set; }
    }

    /// <summary>A Discord member of the bench's guild, an agent, in a text channel of their own.</summary>
    private sealed record BenchUser(string Id, string UserName, string Name, string ChannelId, string ChannelName)
    {
        public string Identity => "discord:" + Id;

        public static BenchUser Create(int k)
        {
            string n = k.ToString(CultureInfo.InvariantCulture);
            return new BenchUser(
                (1_600_000_000_000_000_010UL + (ulong)k).ToString(CultureInfo.InvariantCulture),
                "bench.user" + n,
                "Bench User " + n,
                (1_500_000_000_000_000_010UL + (ulong)k).ToString(CultureInfo.InvariantCulture),
                "bench-" + n);
        }
    }
}
