using System.Net;

namespace ChatOpsItsm.TestSupport.Teams;

/// <summary>A scripted answer of the <see cref="FakeConnector"/>: a status, an optional Retry-After and body.</summary>
public sealed record FakeConnectorResponse(HttpStatusCode Status, TimeSpan? RetryAfter = null, string? Body = null)
{
    public static FakeConnectorResponse Throttled(TimeSpan retryAfter) => new(HttpStatusCode.TooManyRequests, retryAfter);

    public static FakeConnectorResponse Error(HttpStatusCode status, string code) =>
        new(status, null, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"scripted\"}}");
}
