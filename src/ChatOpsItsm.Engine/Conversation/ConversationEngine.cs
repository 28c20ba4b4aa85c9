using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Help;
using ChatOpsItsm.Engine.Identity;
using ChatOpsItsm.Engine.Intake;
using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Engine.Conversation;

/// <summary>
/// The single entry point every channel calls: turns one inbound event into replies. It reads the clock
/// once, drops an event already handled (and remembers where its sender was seen), resolves the person, routes
/// text, clicks and forms to the same commands, and is the last-resort handler: no exception text ever reaches a chat.
/// </summary>
public sealed class ConversationEngine(
    CommandParser parser,
    CommandCatalog catalog,
    CommandRouter router,
    HelpHandler help,
    IntakeDialogs intake,
    IPersonDirectory people,
    InboundGate gate,
    WarRoomTimelineHandler timeline,
    TimeProvider timeProvider,
    ILogger<ConversationEngine> logger)
{
    public async Task<EngineResponse> HandleAsync(InboundEvent inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        string kind = inbound.GetType().Name;
        try
        {
            DateTimeOffset now = timeProvider.GetUtcNow();
            if (!await gate.AdmitAsync(inbound, now, cancellationToken))
            {
                logger.DuplicateEvent(kind, inbound.EventId, inbound.Conversation.Platform);
                return EngineResponse.AlreadyHandled;
            }

            Person person = await people.GetAsync(inbound.User, cancellationToken);
            // Records name a person by their primary identity, whichever linked identity they write from (SPEC §3).
            ActionContext action = new(person.PrimaryIdentity, person.DisplayName, inbound.Conversation.ToString(), now);
            CommandContext context = new(inbound, person, action);
            (EngineResponse response, string what) = inbound switch
            {
                InboundMessage message => await OnMessageAsync(message.Text, context, cancellationToken),
                InboundCommand command => (await OnCommandAsync(command, context, cancellationToken), command.ActionId),
                InboundCardAction click => (await OnActionAsync(click.ActionId, click.Data, context, cancellationToken), click.ActionId),
                InboundFormSubmission form => (await OnActionAsync(form.FormId, form.Values, context, cancellationToken), form.FormId),
                _ => throw new InvalidOperationException($"Unknown inbound event {kind}."),
            };
            logger.EventHandled(kind, inbound.EventId, inbound.Conversation.Platform, what);
            return response;
        }
        catch (StorageUnavailableException exception)
        {
            logger.StorageUnavailable(exception, kind, inbound.EventId);
            return EngineResponse.Of(Reply.Say(
                "I can't reach the ticket store right now, so nothing was changed. Please try again in a minute."));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.UnexpectedFailure(exception, kind, inbound.EventId);
            return EngineResponse.Of(Reply.Say("Sorry, something went wrong on my side. Nothing was changed; please try again."));
        }
    }

    private async Task<(EngineResponse, string)> OnMessageAsync(string text, CommandContext context, CancellationToken cancellationToken)
    {
        // A scribe's "!timeline <text>" in a war room is no command: the conversation names the incident (issue 7).
        if (WarRoomTimelineHandler.Matches(text))
        {
            return (await timeline.HandleAsync(text, context, cancellationToken), "major.timeline");
        }

        switch (parser.Parse(text))
        {
            case ParsedCommand parsed:
                return (await router.RunAsync(parsed.Command, parsed.Values, context, cancellationToken), parsed.Command.ActionId);
            case UnknownCommand unknown:
                return (help.Unknown(unknown, context), "unknown");
            case PlainText plain when string.IsNullOrWhiteSpace(plain.Text):
                return (help.Help(context), "help");
            case PlainText plain:
                return (await intake.ProposeAsync(plain.Text, context, cancellationToken), "intake");
            default:
                throw new InvalidOperationException("Unknown parse outcome.");
        }
    }

    private async Task<EngineResponse> OnCommandAsync(InboundCommand command, CommandContext context, CancellationToken cancellationToken) =>
        catalog.FindByActionId(command.ActionId) is { } definition
            ? await router.RunAsync(definition, OwnValues(definition, command.Values), context, cancellationToken)
            : EngineResponse.Of(Reply.Say($"`{command.ActionId.Replace('.', ' ')}` is not a command I know any more. Try `help`."));

    /// <summary>
    /// The values bound as the text parser binds them: names in any case, and only the command's own parameters, so a
    /// value under another name (a form's <c>dialog</c>) is ignored as it would be when typed.
    /// </summary>
    private static Dictionary<string, string> OwnValues(CommandDefinition command, IReadOnlyDictionary<string, string> values)
    {
        Dictionary<string, string> own = new(StringComparer.OrdinalIgnoreCase);
        foreach ((string name, string value) in values)
        {
            if (command.Parameters.Any(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                own[name] = value;
            }
        }

        return own;
    }

    private async Task<EngineResponse> OnActionAsync(
        string actionId, IReadOnlyDictionary<string, string> data, CommandContext context, CancellationToken cancellationToken)
    {
        if (actionId.StartsWith("intake.", StringComparison.Ordinal))
        {
            return await intake.HandleActionAsync(actionId, data, context, cancellationToken);
        }

        if (actionId.StartsWith("form.", StringComparison.Ordinal) && catalog.FindByActionId(actionId[5..]) is { } formCommand)
        {
            return CommandRouter.Form(formCommand, data, context);
        }

        return catalog.FindByActionId(actionId) is { } command
            ? await router.RunAsync(command, data, context, cancellationToken)
            : EngineResponse.Of(Reply.Say("That button is not one I know any more. Try `help`."));
    }
}
