using System.Globalization;

namespace ChatOpsItsm.Adapters.Discord.Rest;

/// <summary>The rate-limit headers of one answer (brief §7). <c>Reset-After</c> is preferred to <c>Reset</c>: it ignores clock skew.</summary>
internal readonly record struct RateLimitHeaders(string? Bucket, int? Remaining, TimeSpan? ResetAfter, bool Global, string? Scope)
{
    /// <summary>A 429 of the <c>shared</c> scope (a resource's limit, not ours) does not count as an invalid request.</summary>
    public bool IsShared => string.Equals(Scope, "shared", StringComparison.OrdinalIgnoreCase);

    public static RateLimitHeaders Read(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        string? remaining = Header(response, "X-RateLimit-Remaining");
        string? resetAfter = Header(response, "X-RateLimit-Reset-After");
        return new RateLimitHeaders(
            Header(response, "X-RateLimit-Bucket"),
            int.TryParse(remaining, NumberStyles.Integer, CultureInfo.InvariantCulture, out int left) ? left : null,
            Seconds(resetAfter),
            string.Equals(Header(response, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
            Header(response, "X-RateLimit-Scope"));
    }

    /// <summary>Decimal seconds (<c>1.25</c>) as a wait, never negative; null when absent or malformed.</summary>
    public static TimeSpan? Seconds(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) ? Seconds(seconds) : null;

    /// <summary>Seconds as a wait, clamped to [0, 1 day]; null when absent or not a number.</summary>
    public static TimeSpan? Seconds(double? seconds) =>
        seconds is { } value && double.IsFinite(value) ? TimeSpan.FromSeconds(Math.Clamp(value, 0, TimeSpan.FromDays(1).TotalSeconds)) : null;

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out IEnumerable<string>? values) ? values.FirstOrDefault() : null;
}
