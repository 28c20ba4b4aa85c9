namespace ChatOpsItsm.Adapters.Teams.Connector;

/// <summary>A service URL the bot will not send its token to (brief §3.3); retrying does not help.</summary>
internal sealed class UntrustedServiceUrlException : Exception
{
    public UntrustedServiceUrlException()
    {
    }

    public UntrustedServiceUrlException(string message)
        : base(message)
    {
    }

    public UntrustedServiceUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
