namespace ChatOpsItsm.Adapters.Teams.Connector;

/// <summary>
/// The Bot Connector at one service URL host cannot be used right now: its circuit is open, or it kept failing or
/// timing out through the retries. The delivery queue takes over and tries again later.
/// </summary>
internal sealed class ConnectorUnavailableException : Exception
{
    public ConnectorUnavailableException()
    {
    }

    public ConnectorUnavailableException(string message)
        : base(message)
    {
    }

    public ConnectorUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
