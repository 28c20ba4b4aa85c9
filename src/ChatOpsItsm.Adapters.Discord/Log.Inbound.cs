using ChatOpsItsm.Engine.Delivery;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Discord;

/// <summary>
/// Log messages of the inbound side (event ids 1–99): interaction ids, types, counts and reason categories. Never an
/// interaction token (a bearer credential for 15 minutes), a signature, a custom id's data, typed text or a payload.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Refused a Discord interaction request: {Reason}")]
    public static partial void InteractionRefused(this ILogger logger, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Refused a Discord interaction request of {Size} bytes: over the {Limit} byte limit")]
    public static partial void InteractionTooLarge(this ILogger logger, int size, int limit);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Refused a signed Discord request of {Size} bytes: not an interaction")]
    public static partial void MalformedInteraction(this ILogger logger, int size);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Answered a Discord PING")]
    public static partial void PingAnswered(this ILogger logger);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Discord interaction {InteractionId} from guild {GuildId}, which is not in Discord:AllowedGuilds; nothing processed")]
    public static partial void GuildNotAllowed(this ILogger logger, string interactionId, string guildId);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Discord interaction {InteractionId} names command '{CommandPath}', which is not in the catalog: the registered commands may be stale")]
    public static partial void UnknownCommand(this ILogger logger, string interactionId, string commandPath);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Discord interaction {InteractionId} carries a custom id this version does not read")]
    public static partial void StaleCustomId(this ILogger logger, string interactionId);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Deferred Discord interaction {InteractionId} with response type {ResponseType}: the engine did not finish within {DeferAfter}")]
    public static partial void InteractionDeferred(this ILogger logger, string interactionId, int responseType, TimeSpan deferAfter);

    [LoggerMessage(EventId = 9, Level = LogLevel.Debug, Message = "Answered Discord interaction {InteractionId} (type {InteractionType}) with response type {ResponseType}")]
    public static partial void InteractionAnswered(this ILogger logger, string interactionId, int interactionType, int responseType);

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "Queued {ReplyCount} replies to Discord interaction {InteractionId} as {Mode}")]
    public static partial void InteractionRepliesQueued(this ILogger logger, string interactionId, int replyCount, InteractionReplyMode mode);

    [LoggerMessage(EventId = 11, Level = LogLevel.Error, Message = "Could not queue the late answer to Discord interaction {InteractionId}")]
    public static partial void LateAnswerFailed(this ILogger logger, Exception exception, string interactionId);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "Gave up waiting for {Count} Discord interactions still being answered at shutdown")]
    public static partial void PendingInteractionsAbandoned(this ILogger logger, int count);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information, Message = "No suggestions for Discord autocomplete {InteractionId}: not ready within {Budget}")]
    public static partial void SuggestionsTooSlow(this ILogger logger, string interactionId, TimeSpan budget);

    [LoggerMessage(EventId = 14, Level = LogLevel.Warning, Message = "No suggestions for Discord autocomplete {InteractionId}: storage unavailable")]
    public static partial void SuggestionsUnavailable(this ILogger logger, Exception exception, string interactionId);

    [LoggerMessage(EventId = 15, Level = LogLevel.Information, Message = "Discord form {DialogId} for {ActionId} split into {StepCount} modal steps")]
    public static partial void FormStepsStarted(this ILogger logger, string dialogId, string actionId, int stepCount);

    [LoggerMessage(EventId = 16, Level = LogLevel.Information, Message = "Discord interaction {InteractionId} refers to form {DialogId}, which has expired or moved on")]
    public static partial void FormStepsExpired(this ILogger logger, string interactionId, string? dialogId);

    [LoggerMessage(EventId = 17, Level = LogLevel.Information, Message = "Discord message command {InteractionId} targets a message without text")]
    public static partial void ReportedMessageEmpty(this ILogger logger, string interactionId);

    [LoggerMessage(EventId = 18, Level = LogLevel.Warning, Message = "Refused a signed Discord interaction {InteractionId} of type {InteractionType}: no id, token, user or channel to act on")]
    public static partial void IncompleteInteraction(this ILogger logger, string? interactionId, int interactionType);

    [LoggerMessage(EventId = 19, Level = LogLevel.Information, Message = "Discord message command {InteractionId} targets a message Discord did not resolve: nothing added to the timeline")]
    public static partial void TimelineTargetUnresolved(this ILogger logger, string interactionId);
}
