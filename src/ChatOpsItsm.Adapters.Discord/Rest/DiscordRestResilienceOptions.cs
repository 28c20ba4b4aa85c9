namespace ChatOpsItsm.Adapters.Discord.Rest;

/// <summary>
/// Retries, rate-limit bounds and the invalid-request alarm of the REST client (brief §7). The defaults follow the
/// brief; tests shorten the delays.
/// </summary>
internal sealed record DiscordRestResilienceOptions
{
    /// <summary>Retries after the first attempt for 500/502/503/504, lost connections and timed-out attempts.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first backoff delay, doubled per retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How many 429s one call waits out before it gives up and lets the delivery queue try later.</summary>
    public int MaxRateLimitRetries { get; init; } = 5;

    /// <summary>A 429 asking for a longer wait is not waited out here: the call fails and the delivery queue tries later.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Discord's global limit for bot-token requests; interaction webhook routes are exempt.</summary>
    public int GlobalRequestsPerSecond { get; init; } = 50;

    /// <summary>A warning is logged each time this many 401/403/429 answers pile up within <see cref="InvalidRequestWindow"/> (Discord bans at 10,000).</summary>
    public int InvalidRequestWarningStep { get; init; } = 1_000;

    public TimeSpan InvalidRequestWindow { get; init; } = TimeSpan.FromMinutes(10);
}
