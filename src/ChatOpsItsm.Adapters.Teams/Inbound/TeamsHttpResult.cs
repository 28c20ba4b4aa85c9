namespace ChatOpsItsm.Adapters.Teams.Inbound;

/// <summary>
/// The HTTP answer to one Bot Connector request: a status code and, for an invoke, a JSON body
/// (<c>application/json; charset=utf-8</c>). No body means an empty response.
/// </summary>
public sealed record TeamsHttpResult(int StatusCode, string? JsonBody = null)
{
    public static TeamsHttpResult Ok { get; } = new(200);

    /// <summary>Authentication failed; the body never says why (brief §2.3).</summary>
    public static TeamsHttpResult Unauthorized { get; } = new(401);

    public static TeamsHttpResult BadRequest { get; } = new(400);

    public static TeamsHttpResult PayloadTooLarge { get; } = new(413);

    /// <summary>An invoke this bot does not handle, as the Bot Framework SDK answers it (brief §4.6).</summary>
    public static TeamsHttpResult NotImplemented { get; } = new(501);
}
