using System.Text.Json;
using ChatOpsItsm.Adapters.Discord.Authentication;
using ChatOpsItsm.Adapters.Discord.Configuration;
using ChatOpsItsm.Adapters.Discord.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// Discord's Interactions Endpoint URL, protocol only: the Host passes the two signature headers and the raw body and
/// writes back the <see cref="DiscordHttpResult"/>. Order (brief §1): size (413), then the signature over the exact
/// bytes (401, nothing else happens, PING included), then parsing (400), then PING → PONG, the guild allow-list, and
/// one handler per interaction type.
/// </summary>
internal sealed class DiscordInteractionProcessor(
    InteractionSignatureVerifier verifier,
    InteractionRouter router,
    IOptions<DiscordOptions> options,
    TimeProvider timeProvider,
    ILogger<DiscordInteractionProcessor> logger)
{
    /// <summary>Largest body read (brief §1: cap it, e.g. 1 MiB). The Host may stop reading one byte past it.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public const string GuildNotAllowedText = "This server is not set up to use the ChatOps ITSM bot. Ask your administrator to allow it.";

    public async Task<DiscordHttpResult> ProcessAsync(string? signature, string? timestamp, byte[] body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length > MaxBodyBytes)
        {
            logger.InteractionTooLarge(body.Length, MaxBodyBytes);
            return DiscordHttpResult.PayloadTooLarge;
        }

        if (verifier.Verify(signature, timestamp, body) is { } failure)
        {
            logger.InteractionRefused(failure.ToString());
            return DiscordHttpResult.Unauthorized;
        }

        DateTimeOffset receivedAt = timeProvider.GetUtcNow();
        if (Parse(body) is not { Type: > 0 } interaction)
        {
            logger.MalformedInteraction(body.Length);
            return DiscordHttpResult.BadRequest;
        }

        if (interaction.Type == InteractionTypes.Ping)
        {
            logger.PingAnswered();
            return DiscordHttpResult.Of(InteractionResponses.Pong);
        }

        if (InteractionMapper.ContextOf(interaction, receivedAt) is not { } context)
        {
            logger.IncompleteInteraction(interaction.Id, interaction.Type);
            return DiscordHttpResult.BadRequest;
        }

        JsonInteractionResponse? response = IsAllowed(interaction.GuildId)
            ? await router.RouteAsync(context, cancellationToken)
            : NotAllowed(context);
        if (response is null)
        {
            logger.IncompleteInteraction(interaction.Id, interaction.Type);
            return DiscordHttpResult.BadRequest;
        }

        logger.InteractionAnswered(context.Id, interaction.Type, response.Type);
        return DiscordHttpResult.Of(response);
    }

    private static JsonInteraction? Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, DiscordJsonContext.Default.JsonInteraction);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>An empty list allows every guild; direct messages (no guild) are always allowed.</summary>
    private bool IsAllowed(string? guildId) =>
        string.IsNullOrEmpty(guildId) || options.Value.AllowedGuilds.Count == 0 || options.Value.AllowedGuilds.Contains(guildId);

    private JsonInteractionResponse NotAllowed(InteractionContext context)
    {
        logger.GuildNotAllowed(context.Id, context.Interaction.GuildId!);
        return context.Interaction.Type == InteractionTypes.Autocomplete
            ? InteractionResponses.Choices([])
            : InteractionResponses.Ephemeral(GuildNotAllowedText);
    }
}
