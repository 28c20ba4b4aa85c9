using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Conversation;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// APPLICATION_COMMAND (2). A slash command (CHAT_INPUT) becomes the catalog command with its options as values; the
/// MESSAGE command "Report as incident" hands the target message's text to the intake as if it had been typed.
/// </summary>
internal sealed class CommandInteractionHandler(CommandCatalog catalog, InteractionResponder responder, ILogger<CommandInteractionHandler> logger)
{
    public const string EmptyMessageText =
        "That message has no text I can read, so there is nothing to report. Use `/incident report` instead.";

    public static string UnknownCommandText(string path) =>
        $"I don't know the command `/{path}`. The bot's commands may need re-registering: ask an admin to run `discord-commands register`.";

    public async Task<JsonInteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        JsonInteractionData? data = context.Interaction.Data;
        if (data?.Type == CommandTypes.Message)
        {
            return await ReportMessageAsync(context, data, cancellationToken);
        }

        CommandPath? path = data?.Type is null or CommandTypes.ChatInput ? CommandOptions.PathOf(data) : null;
        if (ToCommand(context, path, catalog) is not { } command)
        {
            string shown = path?.ToString() ?? data?.Name ?? "?";
            logger.UnknownCommand(context.Id, shown);
            return InteractionResponses.Ephemeral(UnknownCommandText(shown));
        }

        return await responder.RespondAsync(command, context, cancellationToken);
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
            : new InboundMessage(context.Id, context.User, context.Conversation, target.Content) { ChannelData = context.ChannelData };
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
}
