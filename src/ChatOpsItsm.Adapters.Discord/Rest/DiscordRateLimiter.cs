using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Discord.Rest;

/// <summary>
/// Discord's rate limits as discord.js keeps them (brief §7): one queue per route (method + template) and major
/// parameter, moved to the learned <c>X-RateLimit-Bucket</c> once Discord names it; one request at a time per queue;
/// a wait for <c>Reset-After</c> when <c>Remaining</c> hits 0; the 50/s global limit and global 429 pauses for
/// bot-token routes; and the invalid-request count. The state lives in this process only: Discord's limits are per
/// bot token (and per IP for invalid requests), so several instances each keep their own, slightly optimistic, view,
/// and a 429 that slips through is waited out and retried.
/// </summary>
internal sealed class DiscordRateLimiter : IDisposable
{
    private static readonly TimeSpan IdleQueueLifetime = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, string> _bucketByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitQueue> _queues = new(StringComparer.Ordinal);
    private readonly GlobalRateLimit _global;
    private readonly InvalidRequestCounter _invalid;
    private readonly TimeProvider _timeProvider;
    private readonly DiscordRestResilienceOptions _options;
    private readonly ILogger _logger;
    private long _lastSweepTicks;

    public DiscordRateLimiter(TimeProvider timeProvider, DiscordRestResilienceOptions options, ILogger<DiscordRateLimiter> logger)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(options);
        _timeProvider = timeProvider;
        _options = options;
        _logger = logger;
        _global = new GlobalRateLimit(timeProvider, options.GlobalRequestsPerSecond);
        _invalid = new InvalidRequestCounter(timeProvider, options.InvalidRequestWindow, options.InvalidRequestWarningStep);
        _lastSweepTicks = timeProvider.GetUtcNow().UtcTicks;
    }

    /// <summary>Waits for this route's turn in its queue; the caller exits the queue when its call is over.</summary>
    public async Task<RateLimitQueue> EnterAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        DateTimeOffset now = _timeProvider.GetUtcNow();
        SweepIdleQueues(now);
        RateLimitQueue queue = _queues.GetOrAdd(QueueKey(route), static _ => new RateLimitQueue());
        await queue.EnterAsync(now, cancellationToken);
        return queue;
    }

    /// <summary>Before each attempt: waits for the bucket's reset when it is empty, then for the global limit (bot routes).</summary>
    public async Task WaitTurnAsync(DiscordRoute route, RateLimitQueue queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(queue);
        TimeSpan wait = queue.WaitBefore(_timeProvider.GetUtcNow());
        if (wait > TimeSpan.Zero)
        {
            _logger.BucketExhausted(route.Description, wait.TotalMilliseconds);
            await Task.Delay(wait, _timeProvider, cancellationToken);
        }

        if (route.UsesBotToken)
        {
            await _global.AcquireAsync(cancellationToken);
        }
    }

    /// <summary>After each answer: learns the bucket and its state, and counts 401/403/429 against the invalid-request budget.</summary>
    public void Observe(DiscordRoute route, RateLimitQueue queue, HttpResponseMessage response, RateLimitHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(response);
        DateTimeOffset now = _timeProvider.GetUtcNow();
        queue.Update(headers.Remaining, headers.ResetAfter, now);
        if (headers.Bucket is { Length: > 0 } bucket && (!_bucketByRoute.TryGetValue(route.Description, out string? known) || known != bucket))
        {
            // Later requests of this route queue on the bucket, which other routes may share; it starts as this answer says.
            _bucketByRoute[route.Description] = bucket;
            _queues.GetOrAdd(QueueKey(route), static _ => new RateLimitQueue()).Update(headers.Remaining, headers.ResetAfter, now);
        }

        bool invalid = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.TooManyRequests && !headers.IsShared);
        if (invalid && _invalid.Add() is { } count)
        {
            _logger.InvalidRequestsMounting(count, 10_000);
        }
    }

    /// <summary>
    /// A 429: how long to wait (body <c>retry_after</c>, else <c>Retry-After</c>, else <c>Reset-After</c>), and who
    /// waits: every bot-token request for a global limit, otherwise this bucket.
    /// </summary>
    public TimeSpan RateLimited(DiscordRoute route, RateLimitQueue queue, HttpResponseMessage response, RateLimitHeaders headers, double? retryAfterSeconds, bool globalInBody)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(response);
        TimeSpan retryAfter = RateLimitHeaders.Seconds(retryAfterSeconds)
            ?? response.Headers.RetryAfter?.Delta
            ?? headers.ResetAfter
            ?? DefaultRetryAfter;
        bool global = headers.Global || globalInBody;
        if (global && route.UsesBotToken)
        {
            _global.Pause(retryAfter);
            _logger.GlobalRateLimited(route.Description, retryAfter.TotalMilliseconds);
        }
        else
        {
            queue.Exhaust(retryAfter, _timeProvider.GetUtcNow());
            _logger.RateLimited(route.Description, retryAfter.TotalMilliseconds, headers.Scope ?? "user");
        }

        return retryAfter;
    }

    /// <summary>Whether a call waits out this 429 and tries again, or gives up and lets the delivery queue try later.</summary>
    public bool WillWaitOut(TimeSpan retryAfter, int rateLimitedSoFar) =>
        rateLimitedSoFar < _options.MaxRateLimitRetries && retryAfter <= _options.MaxRetryAfter;

    public void Dispose()
    {
        foreach (RateLimitQueue queue in _queues.Values)
        {
            queue.Dispose();
        }
    }

    private string QueueKey(DiscordRoute route) =>
        (_bucketByRoute.TryGetValue(route.Description, out string? bucket) ? bucket : route.Description) + "|" + route.MajorParameter;

    /// <summary>
    /// Forgets queues idle for a while, so one per channel ever written to does not pile up. A request that still holds
    /// a forgotten queue only risks one extra 429, which is waited out; a forgotten queue is not disposed for that
    /// reason (its semaphore holds no wait handle, so the collector reclaims it).
    /// </summary>
    private void SweepIdleQueues(DateTimeOffset now)
    {
        long last = Interlocked.Read(ref _lastSweepTicks);
        if (now.UtcTicks - last < IdleQueueLifetime.Ticks || Interlocked.CompareExchange(ref _lastSweepTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        foreach ((string key, RateLimitQueue queue) in _queues)
        {
            if (queue.IsIdle && now - queue.LastUsed > IdleQueueLifetime && queue.WaitBefore(now) == TimeSpan.Zero)
            {
                _queues.TryRemove(key, out _);
            }
        }
    }
}
