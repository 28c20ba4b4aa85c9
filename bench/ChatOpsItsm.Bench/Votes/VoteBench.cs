using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using ChatOpsItsm.Bench.Hosting;
using ChatOpsItsm.Bench.Measurement;
using ChatOpsItsm.Bench.Workloads;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Changes;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsItsm.Bench.Votes;

/// <summary>
/// The vote path (issue 6 §5): a host of its own, workers off (as for Teams and Discord), with an approver group
/// <c>cab</c> of <c>--voters</c> + 1 members (<c>local:approver-0</c> …) and the normal policy's quorum set to the whole
/// group. The bench agent drafts and submits normal changes over the local channel; then the approvers vote
/// <c>change approve CHG-… bench …</c> over <c>POST /api/local/messages</c>, closed loop at the run's concurrency, each
/// in a conversation of their own. Every vote carries a comment of its own, so each is a real write (an identical vote is
/// answered "already recorded" and writes nothing), and since the last member never votes the approvals stay below the
/// quorum while the quorum stays reachable: no vote is decided, and none closes the change under the others. Two
/// workloads: every vote on one change (approver <c>i mod voters</c>: all contend for one record's ETag), and votes spread
/// over <c>--changes</c> changes (vote <c>i</c> to change <c>i mod changes</c>: a few approvers each). Each is a warm-up,
/// the measured pass, then <c>--exact</c> votes one at a time for the unloaded round trips.
/// </summary>
internal sealed partial class VoteBench(
    BenchOptions options, string repositoryRoot, string connectionString, RoundTripCounter roundTrips, Action<string> say)
{
    public const string OneChange = "one change";
    public const string ManyChanges = "many changes";
    public const string Group = "cab";

    private const string Busy = "busy";
    private const string Decided = "decided";
    private const string Unchanged = "unchanged";
    private const string Refused = "refused";
    private const string NoAnswer = "no answer";
    private const string Get = "GET";

    public async Task<VoteFigures> RunAsync(string tablePrefix, string queueName, CancellationToken cancellationToken)
    {
        int voters = options.Voters;
        int groupSize = voters + 1;
        Dictionary<string, string?> settings = HostSettings.Commands(queueName);
        for (int k = 0; k < groupSize; k++)
        {
            settings[$"Itsm:Roles:{Group}:{k.ToString(CultureInfo.InvariantCulture)}"] = "local:" + ApproverId(k);
        }

        settings["Itsm:Changes:Policies:normal:Group"] = Group;
        settings["Itsm:Changes:Policies:normal:Quorum"] = groupSize.ToString(CultureInfo.InvariantCulture);

        await using var app = new BenchAppFactory(repositoryRoot, connectionString, tablePrefix, settings);
        Uri address = app.Start();
        say($"vote host: {address} (tables {tablePrefix}*, {Group} of {groupSize} approvers, quorum {groupSize}, delivery workers off)");

        using var chat = new ChatClient(address, BenchAppFactory.AgentId, options.Concurrency);
        string[] changes = await SubmitChangesAsync(chat, 1 + options.VoteChanges, cancellationToken);
        LocalUser[] approvers = [.. Enumerable.Range(0, voters).Select(k => new LocalUser(ApproverId(k), "Approver " + k.ToString(CultureInfo.InvariantCulture)))];

        VotePhaseResult one = await MeasureAsync(OneChange, "one", chat, approvers, changes[..1], cancellationToken);
        VotePhaseResult many = await MeasureAsync(ManyChanges, "many", chat, approvers, changes[1..], cancellationToken);
        int stillOpen = await CountOpenAsync(app.Services.GetRequiredService<IChangeStore>(), changes, cancellationToken);
        if (stillOpen != changes.Length)
        {
            say($"votes: only {stillOpen} of {changes.Length} changes are still open; a vote was decided");
        }

        return new VoteFigures(
            address.ToString(), groupSize, voters, groupSize, ChangeUpdater.MaxAttempts, options.Warmup, options.ExactSamples,
            stillOpen, changes.Length, [one, many]);
    }

    private async Task<VotePhaseResult> MeasureAsync(
        string name, string tag, ChatClient chat, LocalUser[] approvers, string[] changes, CancellationToken cancellationToken)
    {
        var load = new LoadRunner(roundTrips, options.Concurrency);
        ConcurrentDictionary<string, int> warmupErrors = new(StringComparer.Ordinal);
        ConcurrentDictionary<string, int> errors = new(StringComparer.Ordinal);
        long answerChars = 0;
        if (options.Warmup > 0)
        {
            await load.RunAsync(name + " (warm-up)", options.Warmup, Vote(1, warmupErrors), cancellationToken);
        }

        Interlocked.Exchange(ref answerChars, 0);
        PhaseResult measured = await load.RunAsync(name, options.Requests, Vote(2, errors), cancellationToken);
        double answerKilobytes = (double)Interlocked.Read(ref answerChars) / 1024 / measured.Requests;
        PhaseResult sequential = await new LoadRunner(roundTrips, 1).RunAsync(
            name + " (one at a time)", options.ExactSamples, Vote(3, errors), cancellationToken);

        double getsPerVote = PerRequest(measured, Get);
        double sequentialGets = PerRequest(sequential, Get);
        int votersPerChange = Enumerable.Range(0, options.Requests)
            .Where(i => i % changes.Length == 0)
            .Select(i => i % approvers.Length)
            .Distinct()
            .Count();
        VotePhaseResult result = new(
            name,
            changes.Length,
            votersPerChange,
            measured.Requests,
            measured.Requests - measured.Failures,
            measured.Failures + sequential.Failures,
            errors.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal),
            measured.ElapsedMilliseconds,
            measured.Throughput,
            measured.Latency,
            measured.RoundTripsPerRequest,
            measured.RoundTripsByOperation.ToDictionary(
                pair => pair.Key, pair => (double)pair.Value / measured.Requests, StringComparer.Ordinal),
            sequential.RoundTripsPerRequest,
            sequentialGets,
            getsPerVote - sequentialGets,
            sequential.Latency,
            measured.AllocatedBytesPerRequest / 1024,
            answerKilobytes);
        say(string.Create(CultureInfo.InvariantCulture,
            $"votes, {name}: {result.Votes} in {result.ElapsedMilliseconds / 1000:0.0} s, {result.VotesPerSecond:0}/s, p50 {result.Latency.P50:0.00} ms, p99 {result.Latency.P99:0.00} ms, {result.RoundTripsPerVote:0.00} RT/vote ({result.SequentialRoundTripsPerVote:0.00} one at a time), {result.Errors} failed ({warmupErrors.Values.Sum()} in the warm-up)"));
        return result;

        Func<int, CancellationToken, Task<bool>> Vote(int pass, ConcurrentDictionary<string, int> tally) => async (index, token) =>
        {
            LocalUser voter = approvers[index % approvers.Length];
            string change = changes[index % changes.Length];
            string text = string.Create(CultureInfo.InvariantCulture, $"change approve {change} bench {tag} {pass}-{index}");
            string? body = await chat.SendAsAsync(voter, "vote-" + voter.Id, text, token);
            Interlocked.Add(ref answerChars, body?.Length ?? 0);
            string? error = Classify(body);
            if (error is null)
            {
                return true;
            }

            if (tally.AddOrUpdate(error, 1, (_, count) => count + 1) == 1)
            {
                say($"votes, {name}: first '{error}' answer to '{text}' from local:{voter.Id}: {Shorten(body)}");
            }

            return false;
        };
    }

    /// <summary>Null when the answer says the vote is recorded and the vote still open; otherwise what went wrong.</summary>
    private static string? Classify(string? body) => body switch
    {
        null => NoAnswer,
        _ when body.Contains("Try again", StringComparison.Ordinal) => Busy,
        _ when body.Contains(" is approved", StringComparison.Ordinal) || body.Contains(" is rejected", StringComparison.Ordinal) => Decided,
        _ when body.Contains("already recorded", StringComparison.Ordinal) => Unchanged,
        _ when body.Contains(" is recorded", StringComparison.Ordinal) => null,
        _ => Refused,
    };

    /// <summary>Drafts and submits <paramref name="count"/> normal changes as the bench agent, each on a service of its own.</summary>
    private async Task<string[]> SubmitChangesAsync(ChatClient chat, int count, CancellationToken cancellationToken)
    {
        DateTime day = TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(20);
        string start = day.AddHours(22).ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
        string end = day.AddHours(23).ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
        List<string> ids = [];
        for (int k = 0; k < count; k++)
        {
            string n = k.ToString(CultureInfo.InvariantCulture);
            string draft = $"change new Bench vote change {n} type:normal risk:low impact:low service:bench-votes-{n} start:{start} end:{end} rollback:revert";
            string? drafted = await chat.SendAsync("bench-votes", draft, cancellationToken);
            Match id = drafted is null ? Match.Empty : ChangeId().Match(drafted);
            if (!id.Success)
            {
                throw new InvalidOperationException($"The vote host did not draft a change: '{draft}' was answered {Shorten(drafted)}");
            }

            string? submitted = await chat.SendAsync("bench-votes", "change submit " + id.Value, cancellationToken);
            if (submitted is null || !submitted.Contains("Submitted", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The vote host did not submit {id.Value}: {Shorten(submitted)}");
            }

            ids.Add(id.Value);
        }

        say($"votes: {ids.Count} normal changes drafted and submitted to the {Group} ({ids[0]} … {ids[^1]})");
        return [.. ids];
    }

    /// <summary>Changes still in Authorize with no decision, read straight from the host's store once the votes are done.</summary>
    private static async Task<int> CountOpenAsync(IChangeStore store, string[] changes, CancellationToken cancellationToken)
    {
        int open = 0;
        foreach (string id in changes)
        {
            StoredChange? stored = await store.GetAsync(TicketId.Parse(id), cancellationToken);
            open += stored?.Change is { State: ChangeState.Authorize, Voting.Decision: null } ? 1 : 0;
        }

        return open;
    }

    private static double PerRequest(PhaseResult phase, string method) =>
        phase.Requests > 0 ? (double)phase.RoundTripsByOperation.GetValueOrDefault(method) / phase.Requests : 0;

    private static string ApproverId(int k) => "approver-" + k.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string? body) =>
        body is null ? "(no 2xx answer)" : body.Length <= 300 ? body : body[..300] + "…";

    [GeneratedRegex(@"CHG-\d+", RegexOptions.CultureInvariant)]
    private static partial Regex ChangeId();
}
