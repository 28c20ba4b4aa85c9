using System.ComponentModel.DataAnnotations;

namespace ChatOpsItsm.Adapters.Discord.Configuration;

/// <summary>The <c>Discord</c> section: the Discord application, its interactions endpoint and the REST API.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>The v10 REST API; tests point it at a local fake.</summary>
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>Turns the Discord channel on; off, <c>POST /api/discord/interactions</c> answers 404.</summary>
    public bool Enabled { get; set; }

    /// <summary>The application id (snowflake) from the Developer Portal's General Information page.</summary>
    public string ApplicationId { get; set; } = "";

    /// <summary>The application's Ed25519 public key, 64 hex characters; every inbound request is verified with it.</summary>
    public string PublicKey { get; set; } = "";

    /// <summary>The bot token (Bot page). A secret: never logged.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>The REST API base, versioned.</summary>
    [Url]
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Guilds (server ids) allowed to use the bot; empty allows every guild. Direct messages are always allowed.</summary>
    public IList<string> AllowedGuilds { get; set; } = [];

    /// <summary>How long an interaction waits for the engine before it is acknowledged and answered by follow-up (Discord allows 3 s in all).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:02.500")]
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How far a request's signed timestamp may be from now, either way, before it is refused as a replay.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:15:00")]
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The guild <c>discord-commands register</c> targets by default; empty registers global commands.</summary>
    public string CommandGuildId { get; set; } = "";
}
