namespace ChatOpsItsm.Adapters.Teams.OutboundAuth;

/// <summary>No outbound token could be had: the credentials were refused or the endpoint was unreachable. Never holds a secret.</summary>
internal sealed class BotTokenException : Exception
{
    public BotTokenException()
    {
    }

    public BotTokenException(string message)
        : base(message)
    {
    }

    public BotTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
