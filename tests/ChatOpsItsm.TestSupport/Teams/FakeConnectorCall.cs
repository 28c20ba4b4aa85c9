namespace ChatOpsItsm.TestSupport.Teams;

/// <summary>One request the <see cref="FakeConnector"/> received: what the bot sent, as sent.</summary>
/// <param name="Method">GET, POST, PUT …</param>
/// <param name="Uri">The whole request URI.</param>
/// <param name="Path">The path as sent, still escaped (<c>/emea/v3/conversations/19%3Aabc/activities</c>).</param>
/// <param name="Authorization">The Authorization header, or null.</param>
/// <param name="ContentType">The Content-Type header, or null.</param>
/// <param name="Body">The request body as text (empty when none).</param>
/// <param name="At">When it arrived, by the connector's clock.</param>
public sealed record FakeConnectorCall(
    string Method, Uri Uri, string Path, string? Authorization, string? ContentType, string Body, DateTimeOffset At)
{
    /// <summary>The body the fake answered with: a new conversation's <c>{"id","activityId"}</c>, a scripted error …</summary>
    public string ResponseBody { get; init; } = "";
}
