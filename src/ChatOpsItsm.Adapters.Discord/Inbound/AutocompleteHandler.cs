using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Configuration;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Engine.Suggestions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// APPLICATION_COMMAND_AUTOCOMPLETE (4): suggestions for the parameter being typed, from its catalog definition's
/// source (type 8, at most 25 choices of 100 characters). Read-only, so it bypasses the engine's inbound gate. It
/// cannot be deferred (brief §3): suggestions not ready within <c>Discord:DeferAfter</c> are dropped for no choices.
/// </summary>
internal sealed class AutocompleteHandler(
    CommandCatalog catalog, Suggester suggester, IOptions<DiscordOptions> options, TimeProvider timeProvider, ILogger<AutocompleteHandler> logger)
{
    public const int MaxChoices = 25;
    public const int ChoiceLength = 100;

    public async Task<JsonInteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        CommandPath? path = CommandOptions.PathOf(context.Interaction.Data);
        ParameterDefinition? parameter = path?.Focused is { Name: { } name } && catalog.Find(path.Group, path.Name) is { } command
            ? command.Parameters.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            : null;
        if (parameter is not { SuggestFrom: not SuggestionSource.None })
        {
            return InteractionResponses.Choices([]);
        }

        string? typed = CommandOptions.ValueOf(path!.Focused!);
        using CancellationTokenSource budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            IReadOnlyList<Suggestion> suggestions = await suggester
                .SuggestAsync(parameter.SuggestFrom, typed, context.User.Identity, MaxChoices, budget.Token)
                .WaitAsync(options.Value.DeferAfter, timeProvider, cancellationToken);
            return InteractionResponses.Choices(ToChoices(suggestions));
        }
        catch (TimeoutException)
        {
            logger.SuggestionsTooSlow(context.Id, options.Value.DeferAfter);
            return InteractionResponses.Choices([]);
        }
        catch (StorageUnavailableException exception)
        {
            logger.SuggestionsUnavailable(exception, context.Id);
            return InteractionResponses.Choices([]);
        }
        finally
        {
            // Too late to be shown: stop the reads still running.
            await budget.CancelAsync();
        }
    }

    /// <summary>A value over 100 characters cannot be sent and must not be cut (it would fill in something else), so it is left out.</summary>
    public static List<JsonChoice> ToChoices(IEnumerable<Suggestion> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        return [.. suggestions
            .Where(s => s.Value.Length is > 0 and <= ChoiceLength)
            .Take(MaxChoices)
            .Select(s => new JsonChoice
            {
                Name = Truncation.Shorten(string.IsNullOrWhiteSpace(s.Label) ? s.Value : s.Label, ChoiceLength),
                Value = s.Value,
            })];
    }
}
