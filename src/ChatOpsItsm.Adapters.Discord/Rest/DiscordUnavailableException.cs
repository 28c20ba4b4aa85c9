namespace ChatOpsItsm.Adapters.Discord.Rest;

/// <summary>Discord could not be reached, or timed out through the retries: the delivery queue tries later.</summary>
internal sealed class DiscordUnavailableException : Exception
{
    public DiscordUnavailableException()
    {
    }

    public DiscordUnavailableException(string message)
        : base(message)
    {
    }

    public DiscordUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
