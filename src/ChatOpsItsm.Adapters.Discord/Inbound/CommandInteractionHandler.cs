using ChatOpsItsm.Adapters.Discord.Commands;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Conversation;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// APPLICATION_COMMAND (2). A slash command (CHAT_INPUT) becomes the catalog command with its options as values; the
/// MESSAGE command "Report as incident" hands the target message's text to the intake as if it had been typed, and
/// "Add to timeline" hands it to the war room's timeline (<see cref="TimelineMessage"/>).
/// </summary>
internal sealed class CommandInteractionHandler(CommandCatalog catalog, InteractionResponder responder, ILogger<CommandInteractionHandler> logger)
{
    public const string EmptyMessageText =
        "That message has no text I can read, so there is nothing to report. Use `/incident report` instead.";

    public const string UnresolvedTimelineText =
        "I couldn't read that message, so nothing was added to the timeline. Type `!timeline <what happened>` in the war room instead.";

    public static string UnknownCommandText(string path) =>
        $"I don't know the command `/{path}`. The bot's commands may need re-registering: ask an admin to run `discord-commands register`.";

    public async Task<JsonInteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        JsonInteractionData? data = context.Interaction.Data;
        if (data?.Type == CommandTypes.Message)
        {
            return data.Name switch
            {
                DiscordCommandDefinitions.ReportAsIncident => await ReportMessageAsync(context, data, cancellationToken),
                DiscordCommandDefinitions.AddToTimeline => await AddToTimelineAsync(context, data, cancellationToken),
                _ => Unknown(context, data.Name ?? "?"),
            };
        }

        CommandPath? path = data?.Type is null or CommandTypes.ChatInput ? CommandOptions.PathOf(data) : null;
        return ToCommand(context, path, catalog) is { } command
            ? await responder.RespondAsync(command, context, cancellationToken)
            : Unknown(context, path?.ToString() ?? data?.Name ?? "?");
    }

    /// <summary>The engine's command for the path, or null when the catalog has no such command.</summary>
    public static InboundCommand? ToCommand(InteractionContext context, CommandPath? path, CommandCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(catalog);
        if (path is null || catalog.Find(path.Group, path.Name) is not { } definition)
        {
            return null;
        }

        return new InboundCommand(context.Id, context.User, context.Conversation, definition.ActionId, CommandOptions.ValuesOf(path.Parameters))
        {
            ChannelData = context.ChannelData,
            IsDirect = context.IsDirect,
        };
    }

    /// <summary>The target message's text as a message to the bot, or null when it has none (brief §8).</summary>
    public static InboundMessage? ToReport(InteractionContext context, JsonInteractionData data)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(data);
        JsonMessage? target = data.TargetId is { } id && data.Resolved?.Messages is { } messages ? messages.GetValueOrDefault(id) : null;
        return string.IsNullOrWhiteSpace(target?.Content)
            ? null
            : new InboundMessage(context.Id, context.User, context.Conversation, target.Content)
            {
                ChannelData = context.ChannelData,
                IsDirect = context.IsDirect,
            };
    }

    private async Task<JsonInteractionResponse> ReportMessageAsync(InteractionContext context, JsonInteractionData data, CancellationToken cancellationToken)
    {
        if (ToReport(context, data) is not { } report)
        {
            logger.ReportedMessageEmpty(context.Id);
            return InteractionResponses.Ephemeral(EmptyMessageText);
        }

        return await responder.RespondAsync(report, context, cancellationToken);
    }

    private async Task<JsonInteractionResponse> AddToTimelineAsync(InteractionContext context, JsonInteractionData data, CancellationToken cancellationToken)
    {
        if (TimelineMessage.From(context, data) is not { } line)
        {
            logger.TimelineTargetUnresolved(context.Id);
            return InteractionResponses.Ephemeral(UnresolvedTimelineText);
        }

        return await responder.RespondAsync(line, context, cancellationToken);
    }

    private JsonInteractionResponse Unknown(InteractionContext context, string shown)
    {
        logger.UnknownCommand(context.Id, shown);
        return InteractionResponses.Ephemeral(UnknownCommandText(shown));
    }
}
