namespace ChatOpsItsm.Adapters.Teams.Connector;

/// <summary>Reads a 429's <c>Retry-After</c> (seconds or an HTTP date, brief §6.2).</summary>
internal static class RetryAfter
{
    /// <summary>The wait the response asks for; null when it asks for none (then the backoff applies).</summary>
    public static TimeSpan? Delay(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (response?.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        TimeSpan? wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - timeProvider.GetUtcNow() : null);
        return wait is { } value && value < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
