namespace ChatOpsItsm.Adapters.Teams.Connector;

/// <summary>
/// How calls to the Bot Connector are retried and broken (brief §6.2). The defaults follow the brief; tests shorten
/// the delays.
/// </summary>
internal sealed record ConnectorResilienceOptions
{
    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first backoff delay without a Retry-After; doubled per retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>A 429 asking for a longer wait is not retried here: the delivery queue tries later.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public double FailureRatio { get; init; } = 0.5;

    public int MinimumThroughput { get; init; } = 10;

    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);
}
