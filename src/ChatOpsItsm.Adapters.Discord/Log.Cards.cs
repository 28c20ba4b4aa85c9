using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Discord;

/// <summary>
/// Log messages of the Discord message renderer and command definitions (event ids 200–299): action ids and counts
/// only, never a card's text or a button's data (they hold user input).
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Warning, Message = "Left out a Discord button for {ActionId}: its custom id would be over {Limit} characters")]
    public static partial void ButtonLeftOut(this ILogger logger, string actionId, int limit);

    [LoggerMessage(EventId = 201, Level = LogLevel.Debug, Message = "Left out a Discord button for {ActionId}: the message already has one with the same custom id")]
    public static partial void DuplicateButtonLeftOut(this ILogger logger, string actionId);

    [LoggerMessage(EventId = 202, Level = LogLevel.Warning, Message = "Left out {Count} Discord buttons: a message holds at most {Limit}")]
    public static partial void ButtonsOverLimit(this ILogger logger, int count, int limit);

    [LoggerMessage(EventId = 203, Level = LogLevel.Warning, Message = "Left out {Count} card facts: a Discord embed holds at most {Limit} fields")]
    public static partial void FactsOverLimit(this ILogger logger, int count, int limit);
}
