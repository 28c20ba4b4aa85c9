namespace ChatOpsItsm.Adapters.Discord.Rest;

/// <summary>
/// Discord refused the bot token (401 on a bot route). Every later bot-token request fails fast with this until the
/// process restarts with a working <c>Discord:BotToken</c>: retrying a bad token only burns the invalid-request
/// budget (10,000 per 10 minutes per IP, then a Cloudflare ban; brief §7). Interaction webhook routes still work.
/// </summary>
internal sealed class DiscordBotTokenRejectedException : Exception
{
    public const string Advice =
        "Discord refused the bot token (401), so bot-token requests are stopped to protect the invalid-request budget. "
        + "Fix Discord:BotToken (Developer Portal → Bot → Reset Token) and restart.";

    public DiscordBotTokenRejectedException()
        : base(Advice)
    {
    }

    public DiscordBotTokenRejectedException(string message)
        : base(message)
    {
    }

    public DiscordBotTokenRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
