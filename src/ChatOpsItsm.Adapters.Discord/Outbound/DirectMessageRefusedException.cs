namespace ChatOpsItsm.Adapters.Discord.Outbound;

/// <summary>
/// Discord will not let the bot DM this user (50007: the user closed DMs from server members, blocked the bot, or
/// shares no server with it). The delivery worker retries, then moves the message aside.
/// </summary>
internal sealed class DirectMessageRefusedException : Exception
{
    public DirectMessageRefusedException()
    {
    }

    public DirectMessageRefusedException(string message)
        : base(message)
    {
    }

    public DirectMessageRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
