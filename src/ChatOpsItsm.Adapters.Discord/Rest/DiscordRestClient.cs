using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ChatOpsItsm.Adapters.Discord.Configuration;
using ChatOpsItsm.Adapters.Discord.Protocol;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Adapters.Discord.Rest;

/// <summary>
/// The Discord REST v10 calls the bot makes (brief §7), on the named <see cref="HttpClient"/>
/// <see cref="HttpClientName"/> whose base address is <c>Discord:ApiBaseUrl</c>. Bot routes carry
/// <c>Authorization: Bot &lt;token&gt;</c>; interaction webhook routes carry none, their token is in the path.
/// Rate limits, retries and error mapping are the <see cref="DiscordRequestSender"/>'s.
/// </summary>
/// <exception cref="DiscordApiException">Discord answered with an error status.</exception>
/// <exception cref="DiscordUnavailableException">Discord could not be reached or timed out, through the retries.</exception>
/// <exception cref="DiscordBotTokenRejectedException">The bot token was refused; bot routes are stopped.</exception>
internal sealed class DiscordRestClient(DiscordRequestSender sender, IOptions<DiscordOptions> options)
{
    public const string HttpClientName = "ChatOpsItsm.Discord.Rest";

    private const int MaxAuditLogReasonLength = 512;

    /// <summary><c>POST /channels/{channel.id}/messages</c>.</summary>
    public async Task<JsonMessage> CreateMessageAsync(string channelId, JsonMessageData message, CancellationToken cancellationToken)
    {
        DiscordRoute route = DiscordRoute.Bot(HttpMethod.Post, "/channels/{channel.id}/messages", channelId, channelId);
        return Required(await SendAsync(route, message, DiscordJsonContext.Default.JsonMessage, cancellationToken), route);
    }

    /// <summary><c>PATCH /channels/{channel.id}/messages/{message.id}</c>: only the fields set are changed.</summary>
    public async Task<JsonMessage> EditMessageAsync(string channelId, string messageId, JsonMessageData message, CancellationToken cancellationToken)
    {
        DiscordRoute route = DiscordRoute.Bot(HttpMethod.Patch, "/channels/{channel.id}/messages/{message.id}", channelId, channelId, messageId);
        return Required(await SendAsync(route, message, DiscordJsonContext.Default.JsonMessage, cancellationToken), route);
    }

    /// <summary><c>POST /users/@me/channels</c>: the DM channel with a user, opened or reused.</summary>
    public async Task<JsonChannel> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken)
    {
        DiscordRoute route = DiscordRoute.Bot(HttpMethod.Post, "/users/@me/channels", "");
        JsonDirectMessageRequest body = new() { RecipientId = DiscordRoute.RequireSnowflake(userId) };
        return Required(await SendAsync(route, body, DiscordJsonContext.Default.JsonDirectMessageRequest, DiscordJsonContext.Default.JsonChannel, null, cancellationToken), route);
    }

    /// <summary><c>POST /channels/{channel.id}/messages/{message.id}/threads</c>: a public thread whose id is the message id.</summary>
    public async Task<JsonChannel> StartThreadAsync(string channelId, string messageId, string name, int autoArchiveMinutes, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        DiscordRoute route = DiscordRoute.Bot(HttpMethod.Post, "/channels/{channel.id}/messages/{message.id}/threads", channelId, channelId, messageId);
        JsonThreadRequest body = new() { Name = name, AutoArchiveDuration = autoArchiveMinutes };
        string reason = "ChatOps ITSM: " + name;
        return Required(
            await SendAsync(route, body, DiscordJsonContext.Default.JsonThreadRequest, DiscordJsonContext.Default.JsonChannel, reason[..Math.Min(reason.Length, MaxAuditLogReasonLength)], cancellationToken),
            route);
    }

    /// <summary><c>PATCH /webhooks/{application.id}/{token}/messages/@original</c>, authenticated by the interaction token.</summary>
    public async Task<JsonMessage?> EditOriginalResponseAsync(string applicationId, string interactionToken, JsonMessageData message, CancellationToken cancellationToken)
    {
        DiscordRoute route = DiscordRoute.Webhook(HttpMethod.Patch, applicationId, interactionToken, "/messages/@original");
        return await SendAsync(route, message, DiscordJsonContext.Default.JsonMessage, cancellationToken);
    }

    /// <summary><c>POST /webhooks/{application.id}/{token}</c>: a follow-up message, authenticated by the interaction token.</summary>
    public async Task<JsonMessage> CreateFollowUpAsync(string applicationId, string interactionToken, JsonMessageData message, CancellationToken cancellationToken)
    {
        DiscordRoute route = DiscordRoute.Webhook(HttpMethod.Post, applicationId, interactionToken, "");
        return Required(await SendAsync(route, message, DiscordJsonContext.Default.JsonMessage, cancellationToken), route);
    }

    /// <summary>
    /// <c>PUT /applications/{application.id}/commands</c> (global) or <c>…/guilds/{guild.id}/commands</c>: a bulk
    /// overwrite; every command of the scope not in <paramref name="commands"/> is deleted (brief §6).
    /// </summary>
    public async Task<List<JsonApplicationCommand>> OverwriteCommandsAsync(
        string applicationId, string? guildId, List<JsonApplicationCommand> commands, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        DiscordRoute route = string.IsNullOrEmpty(guildId)
            ? DiscordRoute.Bot(HttpMethod.Put, "/applications/{application.id}/commands", "", applicationId)
            : DiscordRoute.Bot(HttpMethod.Put, "/applications/{application.id}/guilds/{guild.id}/commands", guildId, applicationId, guildId);
        JsonTypeInfo<List<JsonApplicationCommand>> list = DiscordJsonContext.Default.ListJsonApplicationCommand;
        return Required(await SendAsync(route, commands, list, list, null, cancellationToken), route);
    }

    /// <summary><c>GET /users/@me</c>: the bot user; a cheap check that the bot token works.</summary>
    public async Task<JsonUser> GetCurrentUserAsync(CancellationToken cancellationToken)
    {
        DiscordRoute route = DiscordRoute.Bot(HttpMethod.Get, "/users/@me", "");
        DiscordRequest request = new(route, null, BotAuthorization());
        return Required(await sender.SendAsync(request, DiscordJsonContext.Default.JsonUser, cancellationToken), route);
    }

    private Task<T?> SendAsync<T>(DiscordRoute route, JsonMessageData message, JsonTypeInfo<T> answer, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(message);
        return SendAsync(route, message, DiscordJsonContext.Default.JsonMessageData, answer, null, cancellationToken);
    }

    private Task<TAnswer?> SendAsync<TBody, TAnswer>(
        DiscordRoute route, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TAnswer> answer, string? auditLogReason, CancellationToken cancellationToken)
        where TAnswer : class
    {
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(body, bodyType);
        string? authorization = route.UsesBotToken ? BotAuthorization() : null;
        return sender.SendAsync(new DiscordRequest(route, json, authorization, auditLogReason), answer, cancellationToken);
    }

    private string BotAuthorization() => "Bot " + options.Value.BotToken;

    private static T Required<T>(T? answer, DiscordRoute route)
        where T : class =>
        answer ?? throw new DiscordApiException($"Discord answered {route.Description} without the expected body.");
}
