using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatOpsItsm.Adapters.Teams.Authentication;
using ChatOpsItsm.Adapters.Teams.Connector;
using ChatOpsItsm.Adapters.Teams.OutboundAuth;
using ChatOpsItsm.Bench.Hosting;
using ChatOpsItsm.Bench.Measurement;
using ChatOpsItsm.Bench.Workloads;
using ChatOpsItsm.TestSupport.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsItsm.Bench.Teams;

/// <summary>
/// The Teams path (issue 4 §5): a host of its own with <c>Teams:Enabled</c>, its signing-key client served by a
/// <see cref="LocalOpenIdIssuer"/> and its connector and token clients ending in a <see cref="FakeConnector"/>.
/// A few incidents are reported first over the local channel; then signed <c>message</c> activities from a few users'
/// personal chats (<c>incident show INC-…</c>, every tenth <c>help</c>), each with an id of its own, go to
/// <c>POST /api/messages</c> over real HTTP, closed loop at the run's concurrency: a warm-up, then the measured pass.
/// Tokens and bodies are made before the pass, so signing is not timed; validating is. Every activity answered 200
/// must have left one reply at the connector (<c>replyToId</c> = its id). Warm-up and pass together are bounded.
/// </summary>
internal sealed partial class TeamsBench(
    BenchOptions options, string repositoryRoot, string connectionString, RoundTripCounter roundTrips, Action<string> say)
{
    public const string Show = "incident show";
    public const string Help = "help";
    public const string All = "all";

    private const string Route = "api/messages";
    private const string Tenant = "22222222-2222-2222-2222-222222222222";
    private const string BotId = "28:" + LocalOpenIdIssuer.AppId;
    private const int UserCount = 4;
    private const int IncidentCount = 8;

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public async Task<TeamsFigures> RunAsync(string tablePrefix, string queueName, CancellationToken cancellationToken)
    {
        using var issuer = new LocalOpenIdIssuer(TimeProvider.System);
        using var connector = new FakeConnector();
        BenchUser[] users = [.. Enumerable.Range(0, UserCount).Select(BenchUser.Create)];
        Dictionary<string, string?> settings = HostSettings.Commands(queueName);
        settings["Teams:Enabled"] = "true";
        settings["Teams:AppId"] = LocalOpenIdIssuer.AppId;
        settings["Teams:AppPassword"] = "x";
        settings["Teams:OpenIdMetadataUrl"] = LocalOpenIdIssuer.MetadataUrl;
        for (int k = 0; k < users.Length; k++)
        {
            // agent:0 is the local bench agent, who reports the incidents.
            settings["Itsm:Roles:agent:" + (k + 1).ToString(CultureInfo.InvariantCulture)] = users[k].Identity;
        }

        await using var app = new BenchAppFactory(repositoryRoot, connectionString, tablePrefix, settings)
        {
            ReplaceServices = services =>
            {
                services.AddHttpClient(BotFrameworkSigningKeys.HttpClientName).ConfigurePrimaryHttpMessageHandler(issuer.CreateHandler);
                services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => connector);
                services.AddHttpClient(BotTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => connector);
            },
        };
        Uri address = app.Start();
        say($"teams host: {address} (tables {tablePrefix}*, Teams on, local issuer and fake connector, delivery workers off)");

        string[] incidents = await ReportIncidentsAsync(address, cancellationToken);
        if (incidents.Length == 0)
        {
            throw new InvalidOperationException("The Teams host reported no incident over the local channel.");
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
        Sent[] warmup = Prepare("w", options.Warmup, users, incidents, issuer);
        Sent[] measured = Prepare("m", options.Requests, users, incidents, issuer);
        await ClosedLoopAsync(http, warmup, deadline.Token, cancellationToken);
        RoundTripSnapshot before = roundTrips.Snapshot();
        long started = Stopwatch.GetTimestamp();
        await ClosedLoopAsync(http, measured, deadline.Token, cancellationToken);
        double elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        long storage = roundTrips.Snapshot().Since(before).Total;

        Dictionary<string, List<FakeConnectorCall>> replies = RepliesById(connector);
        if (measured.Any(sent => sent.Status == HttpStatusCode.OK && !replies.ContainsKey(sent.ActivityId)))
        {
            // The 200 follows the hand-over; a moment's grace only shows whether a reply was late rather than lost.
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            replies = RepliesById(connector);
        }

        int sentCount = measured.Count(sent => sent.Attempted);
        double rtPerActivity = sentCount > 0 ? (double)storage / sentCount : 0;
        bool complete = sentCount == measured.Length;
        TeamsPhaseResult[] phases =
        [
            Tally(Show, measured.Where(sent => sent.Kind == Show), replies, elapsed, rtPerActivity, complete),
            Tally(Help, measured.Where(sent => sent.Kind == Help), replies, elapsed, rtPerActivity, complete),
            Tally(All, measured, replies, elapsed, rtPerActivity, complete),
        ];
        TeamsPhaseResult all = phases[^1];
        say(string.Create(CultureInfo.InvariantCulture,
            $"teams: {all.Ok}/{all.Planned} activities answered 200 in {all.ElapsedMilliseconds / 1000:0.0} s, {all.ActivitiesPerSecond:0}/s, p50 {all.Latency.P50:0.00} ms, p99 {all.Latency.P99:0.00} ms, {all.Missing} replies missing{(complete ? "" : ", INCOMPLETE")}"));
        return new TeamsFigures(
            address.ToString(), users.Length, incidents.Length, Timeout.TotalSeconds, warmup.Count(sent => sent.Attempted),
            issuer.MetadataRequests, issuer.KeysRequests, connector.TokenCalls.Count, phases);
    }

    private async Task<string[]> ReportIncidentsAsync(Uri address, CancellationToken cancellationToken)
    {
        using var chat = new ChatClient(address, BenchAppFactory.AgentId, options.Concurrency);
        List<string> ids = [];
        for (int i = 0; i < IncidentCount; i++)
        {
            string text = string.Create(CultureInfo.InvariantCulture, $"incident report Bench Teams incident {i} service:email urgency:medium");
            string? body = await chat.SendAsync("bench-teams", text, cancellationToken);
            Match id = body is null ? Match.Empty : IncidentId().Match(body);
            if (id.Success)
            {
                ids.Add(id.Value);
            }
        }

        return [.. ids];
    }

    private static Sent[] Prepare(string pass, int count, BenchUser[] users, string[] incidents, LocalOpenIdIssuer issuer) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            BenchUser user = users[i % users.Length];
            string activityId = string.Create(CultureInfo.InvariantCulture, $"bench-{pass}-{i}");
            bool help = i % 10 == 9;
            string? incident = help ? null : incidents[i % incidents.Length];
            string text = help ? Help : Show + " " + incident;
            return new Sent(activityId, help ? Help : Show, incident, Activity(user, activityId, text), issuer.CreateAuthorization());
        })];

    /// <summary>Closed loop at the run's concurrency over <paramref name="activities"/>, until done or past the deadline.</summary>
    private async Task ClosedLoopAsync(HttpClient http, Sent[] activities, CancellationToken deadline, CancellationToken run)
    {
        int next = -1;
        Task[] workers = [.. Enumerable.Range(0, Math.Min(options.Concurrency, activities.Length)).Select(_ => Task.Run(async () =>
        {
            int index;
            while (!deadline.IsCancellationRequested && (index = Interlocked.Increment(ref next)) < activities.Length)
            {
                Sent sent = activities[index];
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Route, UriKind.Relative))
                {
                    Content = new StringContent(sent.Body, Encoding.UTF8, "application/json"),
                };
                request.Headers.TryAddWithoutValidation("Authorization", sent.Authorization);
                sent.Attempted = true;
                long start = Stopwatch.GetTimestamp();
                try
                {
                    using HttpResponseMessage response = await http.SendAsync(request, deadline);
                    await response.Content.ReadAsByteArrayAsync(deadline);
                    sent.Status = response.StatusCode;
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

    private static Dictionary<string, List<FakeConnectorCall>> RepliesById(FakeConnector connector)
    {
        Dictionary<string, List<FakeConnectorCall>> replies = new(StringComparer.Ordinal);
        foreach (FakeConnectorCall call in connector.ConnectorCalls)
        {
            if (call.Method != "POST" || call.Body.Length == 0)
            {
                continue;
            }

            string? replyTo;
            try
            {
                replyTo = JsonNode.Parse(call.Body)?["replyToId"]?.GetValue<string>();
            }
            catch (JsonException)
            {
                continue;
            }

            if (replyTo is not null)
            {
                if (!replies.TryGetValue(replyTo, out List<FakeConnectorCall>? list))
                {
                    replies[replyTo] = list = [];
                }

                list.Add(call);
            }
        }

        return replies;
    }

    private static TeamsPhaseResult Tally(
        string name, IEnumerable<Sent> activities, Dictionary<string, List<FakeConnectorCall>> replies, double elapsedMs, double rtPerActivity, bool complete)
    {
        Sent[] all = [.. activities];
        Sent[] ok = [.. all.Where(sent => sent.Status == HttpStatusCode.OK)];
        int answered = 0, missing = 0, extra = 0, unexpected = 0;
        foreach (Sent sent in ok)
        {
            if (!replies.TryGetValue(sent.ActivityId, out List<FakeConnectorCall>? calls))
            {
                missing++;
                continue;
            }

            answered++;
            extra += calls.Count - 1;
            if (sent.Incident is { } incident && !calls.Any(call => call.Body.Contains(incident, StringComparison.Ordinal)))
            {
                unexpected++;
            }
        }

        int sentCount = all.Count(sent => sent.Attempted);
        return new TeamsPhaseResult(
            name,
            all.Length,
            sentCount,
            ok.Length,
            sentCount - ok.Length,
            answered,
            missing,
            extra,
            unexpected,
            elapsedMs,
            elapsedMs > 0 ? ok.Length / (elapsedMs / 1000) : 0,
            rtPerActivity,
            LatencySummary.From([.. ok.Select(sent => sent.LatencyMs)]),
            complete);
    }

    /// <summary>A message typed in the person's 1:1 chat with the bot, as Teams sends it (the Host tests' fixtures).</summary>
    private static string Activity(BenchUser user, string activityId, string text) => new JsonObject
    {
        ["type"] = "message",
        ["id"] = activityId,
        ["channelId"] = "msteams",
        ["serviceUrl"] = LocalOpenIdIssuer.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "OpsBot" },
        ["conversation"] = new JsonObject
        {
            ["id"] = user.PersonalConversationId,
            ["conversationType"] = "personal",
            ["tenantId"] = Tenant,
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        ["textFormat"] = "plain",
        ["text"] = text,
        ["locale"] = "en-GB",
    }.ToJsonString();

    [GeneratedRegex(@"INC-\d+", RegexOptions.CultureInvariant)]
    private static partial Regex IncidentId();

    /// <summary>One activity of a pass: made before it, filled in as it is answered.</summary>
    private sealed class Sent(string activityId, string kind, string? incident, string body, string authorization)
    {
        public string ActivityId { get; } = activityId;

        public string Kind { get; } = kind;

        public string? Incident { get; } = incident;

        public string Body { get; } = body;

        public string Authorization { get; } = authorization;

        public bool Attempted { get; set; }

        public HttpStatusCode? Status { get; set; }

        public double LatencyMs { get; set; }
    }

    /// <summary>A Teams user of the bench, an agent, in a personal chat of their own.</summary>
    private sealed record BenchUser(string Id, string AadObjectId, string Name, string PersonalConversationId)
    {
        public string Identity => "teams:" + AadObjectId;

        public static BenchUser Create(int k)
        {
            string n = k.ToString(CultureInfo.InvariantCulture);
            return new BenchUser("29:1bench-" + n, Guid.NewGuid().ToString(), "Bench User " + n, "a:1personal-bench-" + n);
        }
    }
}
