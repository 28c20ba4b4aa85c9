using System.Diagnostics;
using System.Globalization;
using ChatOpsItsm.Bench.Measurement;
using ChatOpsItsm.Bench.Workloads;

namespace ChatOpsItsm.Bench.Major;

/// <summary>
/// Sends <c>major update INC-… &lt;text&gt;</c> one at a time, each with a token of its own in the text, and waits until
/// the recorder saw it handed to every stakeholder route (or until the time-out), then pauses for <c>settle</c> before
/// the next: the worker still writes each post and clears its work, and a status update follows the previous one by
/// minutes in real life, so the figure is per update, not under load. An update that reached no route at all in time
/// stops the pass: the engine is not delivering updates, and waiting again would only repeat the time-out.
/// </summary>
internal sealed class MajorUpdatePass(
    ChatClient chat,
    UpdateRecorder recorder,
    RoundTripCounter roundTrips,
    IReadOnlyList<string> stakeholders,
    TimeSpan settle,
    TimeSpan timeout,
    Action<string> say)
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(1);

    private int _number;
    private int _refused;

    public async Task<UpdatePassRun> RunAsync(string incident, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        RoundTripSnapshot before = roundTrips.Snapshot();
        long started = Stopwatch.GetTimestamp();
        List<SentUpdate> sent = [];
        for (int index = 0; index < count; index++)
        {
            SentUpdate update = await SendAsync(incident, cancellationToken);
            sent.Add(update);
            int reached = update.Answered ? await WaitForRoutesAsync(update, cancellationToken) : 0;
            await Task.Delay(settle, cancellationToken);
            if (update.Answered && reached == 0)
            {
                say(string.Create(CultureInfo.InvariantCulture,
                    $"major: update {update.Token} reached none of the {stakeholders.Count} stakeholder routes in {timeout.TotalSeconds:0} s; the pass stops after {sent.Count} of {count}"));
                break;
            }
        }

        long ended = Stopwatch.GetTimestamp();
        return new UpdatePassRun(sent, started, ended, roundTrips.Snapshot().Since(before));
    }

    private async Task<SentUpdate> SendAsync(string incident, CancellationToken cancellationToken)
    {
        string token = UpdateRecorder.Token(Interlocked.Increment(ref _number));
        string text = $"major update {incident} Bench status update {token}: mitigation in progress, customers may see slow mail";
        long sentAt = Stopwatch.GetTimestamp();
        string? body = await chat.SendAsync(MajorBench.Conversation, text, cancellationToken);
        long answeredAt = Stopwatch.GetTimestamp();
        bool answered = body is not null && body.Contains(incident, StringComparison.Ordinal);
        if (!answered && Interlocked.Increment(ref _refused) == 1)
        {
            say($"major: first update not answered with {incident}: '{text}' got {MajorBench.Shorten(body)}");
        }

        return new SentUpdate(token, sentAt, answeredAt, answered);
    }

    /// <returns>How many stakeholder routes were handed the update before the time-out.</returns>
    private async Task<int> WaitForRoutesAsync(SentUpdate update, CancellationToken cancellationToken)
    {
        List<string> pending = [.. stakeholders];
        while (true)
        {
            pending.RemoveAll(route => recorder.TryGetUpdate(update.Token, route, out _));
            if (pending.Count == 0 || Stopwatch.GetElapsedTime(update.SentAt) >= timeout)
            {
                return stakeholders.Count - pending.Count;
            }

            await Task.Delay(PollEvery, cancellationToken);
        }
    }
}
