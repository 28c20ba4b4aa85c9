using System.Net;

namespace ChatOpsItsm.Adapters.Teams.Connector;

/// <summary>The Bot Connector answered a call with an error status (after any retries), with its error code if it gave one.</summary>
internal sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(string message, HttpStatusCode statusCode, string? errorCode)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>The Teams error code (brief §4.5), e.g. <c>ConversationBlockedByUser</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The message or conversation is gone or closed to the bot (403/404): retrying does not help.</summary>
    public bool IsGone => StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden;
}
