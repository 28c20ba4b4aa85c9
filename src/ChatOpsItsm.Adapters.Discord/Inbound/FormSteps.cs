using System.Globalization;
using System.Text.Json;
using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Dialogs;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// Forms too big for one modal (over five inputs, or a submit whose custom id does not fit) as modal steps (brief §4,
/// our rule): a modal cannot answer a modal, so each saved step answers "Step n of m saved" with a Continue button that
/// opens the next. The form waits in the dialog store (one per person and channel, <c>discord:&lt;channel&gt;#form</c>);
/// the last step deletes it and hands every value to the engine. Its two action ids never reach the engine.
/// </summary>
internal sealed class FormSteps(IDialogStore dialogs, IOptions<ItsmOptions> itsm, TimeProvider timeProvider, ILogger<FormSteps> logger)
{
    public const string StepAction = "discord.form-step";
    public const string NextAction = "discord.form-next";
    public const string DialogKind = "discord-form";
    public const string ExpiredText = "That form has expired; start again.";
    public const string ContinueLabel = "Continue";

    private const string ProgressKey = "form";
    private const string DialogIdKey = "d";
    private const string StepKey = "s";

    public static bool Owns(string actionId) => actionId is StepAction or NextAction;

    /// <summary>Keeps the form and opens its first step.</summary>
    public async Task<JsonInteractionResponse> StartAsync(InteractionContext context, Card form, CardButton submit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(submit);
        JsonFormProgress progress = new()
        {
            ActionId = submit.ActionId,
            Data = new Dictionary<string, string>(submit.Data, StringComparer.Ordinal),
            Title = form.Title,
            Inputs = [.. form.Inputs.Select(JsonFormInput.From)],
        };
        DialogKey key = KeyOf(context);
        StoredDialog? previous = await dialogs.GetAsync(key, cancellationToken);
        // A newer form replaces one left unfinished in the same channel.
        if (await dialogs.SaveAsync(StateOf(key, context.Id, progress), previous?.Version, cancellationToken) != SaveOutcome.Saved)
        {
            return Expired(context, context.Id);
        }

        int steps = StepCount(progress);
        logger.FormStepsStarted(context.Id, submit.ActionId, steps);
        return InteractionResponses.Modal(StepModal(progress, context.Id, 1));
    }

    /// <summary>The Continue button: opens the step after the one its data names.</summary>
    public async Task<JsonInteractionResponse> NextAsync(
        InteractionContext context, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(data);
        (string? dialogId, int step) = Read(data);
        if (await LoadAsync(context, dialogId, cancellationToken) is not { } loaded || step < 1 || step >= StepCount(loaded.Progress))
        {
            return Expired(context, dialogId);
        }

        return InteractionResponses.Modal(StepModal(loaded.Progress, dialogId!, step + 1));
    }

    /// <summary>A step's modal submitted: saved with a Continue button, or, for the last, the whole form.</summary>
    public async Task<FormStepOutcome> SubmitAsync(
        InteractionContext context, IReadOnlyDictionary<string, string> data, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(values);
        (string? dialogId, int step) = Read(data);
        Loaded? loaded = await LoadAsync(context, dialogId, cancellationToken);
        int steps = loaded is null ? 0 : StepCount(loaded.Progress);
        if (loaded is null || step < 1 || step > steps)
        {
            return FormStepOutcome.Answered(Expired(context, dialogId));
        }

        JsonFormProgress progress = loaded.Progress;
        // Only this step's inputs: the modal is ours, but what comes back is still the client's.
        foreach (JsonFormInput input in InputsOf(progress, step))
        {
            if (values.TryGetValue(input.Name, out string? value))
            {
                progress.Values[input.Name] = value;
            }
        }

        if (step < steps)
        {
            DialogState state = StateOf(loaded.Stored.State.Key, dialogId!, progress);
            return await dialogs.SaveAsync(state, loaded.Stored.Version, cancellationToken) == SaveOutcome.Saved
                ? FormStepOutcome.Answered(Saved(dialogId!, step, steps))
                : FormStepOutcome.Answered(Expired(context, dialogId));
        }

        // Deleted first, so a second submit of the last step finds nothing to run.
        if (await dialogs.DeleteAsync(loaded.Stored.State.Key, loaded.Stored.Version, cancellationToken) != SaveOutcome.Saved)
        {
            return FormStepOutcome.Answered(Expired(context, dialogId));
        }

        Dictionary<string, string> all = new(progress.Values, StringComparer.Ordinal);
        foreach ((string name, string value) in progress.Data)
        {
            all[name] = value;
        }

        return FormStepOutcome.Completed(new InboundFormSubmission(context.Id, context.User, context.Conversation, progress.ActionId, all)
        {
            ChannelData = context.ChannelData,
            IsDirect = context.IsDirect,
        });
    }

    private static JsonInteractionResponse Saved(string dialogId, int step, int steps)
    {
        string customId = CustomIds.Encode(NextAction, StepData(dialogId, step))!;
        JsonComponent button = new() { Type = ComponentTypes.Button, Style = ButtonStyles.Primary, Label = ContinueLabel, CustomId = customId };
        return InteractionResponses.Ephemeral(
            $"Step {step} of {steps} saved.", [new JsonComponent { Type = ComponentTypes.ActionRow, Components = [button] }]);
    }

    private static JsonMessageData StepModal(JsonFormProgress progress, string dialogId, int step)
    {
        string suffix = $" ({step}/{StepCount(progress)})";
        string title = Truncation.Shorten(progress.Title, ModalRenderer.TitleLength - suffix.Length) + suffix;
        string customId = CustomIds.Encode(StepAction, StepData(dialogId, step))!;
        return ModalRenderer.Render(customId, title, [.. InputsOf(progress, step).Select(i => i.ToInput())], progress.Values);
    }

    private static IEnumerable<JsonFormInput> InputsOf(JsonFormProgress progress, int step) =>
        progress.Inputs.Skip((step - 1) * ModalRenderer.MaxInputs).Take(ModalRenderer.MaxInputs);

    private static int StepCount(JsonFormProgress progress) =>
        Math.Max(1, (progress.Inputs.Count + ModalRenderer.MaxInputs - 1) / ModalRenderer.MaxInputs);

    private static Dictionary<string, string> StepData(string dialogId, int step) => new(StringComparer.Ordinal)
    {
        [DialogIdKey] = dialogId,
        [StepKey] = step.ToString(CultureInfo.InvariantCulture),
    };

    private static (string? DialogId, int Step) Read(IReadOnlyDictionary<string, string> data) =>
        (data.GetValueOrDefault(DialogIdKey),
         int.TryParse(data.GetValueOrDefault(StepKey), NumberStyles.None, CultureInfo.InvariantCulture, out int step) ? step : 0);

    private static DialogKey KeyOf(InteractionContext context) =>
        new(context.Conversation with { ConversationId = context.Conversation.ConversationId + "#form" }, context.User.Identity);

    private DialogState StateOf(DialogKey key, string dialogId, JsonFormProgress progress) => new(
        key,
        DialogKind,
        dialogId,
        new Dictionary<string, string> { [ProgressKey] = JsonSerializer.Serialize(progress, DiscordJsonContext.Default.JsonFormProgress) },
        timeProvider.GetUtcNow() + itsm.Value.DialogTimeout);

    /// <summary>The person's form in this channel if it is the one named; an older or expired one is not.</summary>
    private async Task<Loaded?> LoadAsync(InteractionContext context, string? dialogId, CancellationToken cancellationToken)
    {
        if (dialogId is null || await dialogs.GetAsync(KeyOf(context), cancellationToken) is not { } stored
            || stored.State.Kind != DialogKind || stored.State.DialogId != dialogId
            || !stored.State.Values.TryGetValue(ProgressKey, out string? json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, DiscordJsonContext.Default.JsonFormProgress) is { } progress ? new Loaded(stored, progress) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private JsonInteractionResponse Expired(InteractionContext context, string? dialogId)
    {
        logger.FormStepsExpired(context.Id, dialogId);
        return InteractionResponses.Ephemeral(ExpiredText);
    }

    private sealed record Loaded(StoredDialog Stored, JsonFormProgress Progress);
}
