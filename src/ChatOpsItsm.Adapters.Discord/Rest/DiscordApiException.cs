using System.Net;

namespace ChatOpsItsm.Adapters.Discord.Rest;

/// <summary>
/// Discord answered a REST call with an error (after any retries): the status, Discord's JSON error code (brief §7,
/// <c>ErrorCodes</c>) and the route with ids templated. Never holds a token: webhook URLs are redacted.
/// </summary>
internal sealed class DiscordApiException : Exception
{
    public DiscordApiException()
    {
    }

    public DiscordApiException(string message)
        : base(message)
    {
    }

    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordApiException(string message, HttpStatusCode statusCode, int? code, string route)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
        Route = route;
    }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>Discord's JSON error code, e.g. 10008 unknown message; null when the body had none.</summary>
    public int? Code { get; }

    /// <summary>The route as <c>PATCH /channels/{channel.id}/messages/{message.id}</c>.</summary>
    public string? Route { get; }
}
