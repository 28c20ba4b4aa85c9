using System.Globalization;
using System.Net;

namespace ChatOpsItsm.TestSupport.Discord;

/// <summary>
/// A scripted answer of the <see cref="FakeDiscordApi"/>: a status, headers, and a body. A success without a body
/// is answered as Discord would, with these headers added (say, <c>X-RateLimit-Remaining: 0</c>).
/// </summary>
public sealed record FakeDiscordResponse(HttpStatusCode Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>The normal answer plus a bucket's rate-limit headers.</summary>
    public static FakeDiscordResponse Success(string bucket, int remaining, double resetAfterSeconds) =>
        new(HttpStatusCode.OK, null, BucketHeaders(bucket, remaining, resetAfterSeconds));

    /// <summary>A 429 of one bucket (scope <c>user</c>, or <c>shared</c>): <c>retry_after</c> in the body, <c>Retry-After</c> rounded up.</summary>
    public static FakeDiscordResponse RateLimited(double retryAfterSeconds, string bucket = "fake-bucket", string scope = "user") =>
        new(
            HttpStatusCode.TooManyRequests,
            $$"""{"message":"You are being rate limited.","retry_after":{{Seconds(retryAfterSeconds)}},"global":false}""",
            new Dictionary<string, string>(BucketHeaders(bucket, 0, retryAfterSeconds))
            {
                ["Retry-After"] = Math.Ceiling(retryAfterSeconds).ToString(CultureInfo.InvariantCulture),
                ["X-RateLimit-Scope"] = scope,
            });

    /// <summary>A global 429: every bot-token request must wait.</summary>
    public static FakeDiscordResponse GloballyRateLimited(double retryAfterSeconds) =>
        new(
            HttpStatusCode.TooManyRequests,
            $$"""{"message":"You are being rate limited.","retry_after":{{Seconds(retryAfterSeconds)}},"global":true}""",
            new Dictionary<string, string>
            {
                ["Retry-After"] = Math.Ceiling(retryAfterSeconds).ToString(CultureInfo.InvariantCulture),
                ["X-RateLimit-Global"] = "true",
                ["X-RateLimit-Scope"] = "global",
            });

    /// <summary>A JSON error <c>{code, message}</c>, e.g. 404 10062 or 401 50027.</summary>
    public static FakeDiscordResponse Error(HttpStatusCode status, int code, string message = "scripted") =>
        new(status, $$"""{"code":{{code.ToString(CultureInfo.InvariantCulture)}},"message":"{{message}}"}""");

    /// <summary>A bare status with a non-JSON body, as a proxy answers a 502.</summary>
    public static FakeDiscordResponse Plain(HttpStatusCode status) => new(status, "<html>upstream error</html>");

    private static Dictionary<string, string> BucketHeaders(string bucket, int remaining, double resetAfterSeconds) => new()
    {
        ["X-RateLimit-Bucket"] = bucket,
        ["X-RateLimit-Limit"] = "5",
        ["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture),
        ["X-RateLimit-Reset-After"] = Seconds(resetAfterSeconds),
    };

    private static string Seconds(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);
}
