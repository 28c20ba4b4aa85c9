using System.Text.Json;
using ChatOpsItsm.Adapters.Teams.Cards;
using ChatOpsItsm.Adapters.Teams.Protocol;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Teams.Inbound;

/// <summary>
/// An <c>invoke</c>. Only <c>adaptiveCard/action</c> (Action.Execute: <c>value.action.verb</c> is the action id,
/// <c>value.action.data</c> the button data and inputs) is handled; it is answered in the HTTP response itself, status
/// 200 with <c>{statusCode, type, value}</c> (brief §4.6, §5.4): the engine's first card replaces the clicked card for
/// the clicking user, otherwise its text is shown as a toast. Further replies are posted to the conversation.
/// Other invoke names get 501, as the SDK answers them.
/// </summary>
internal sealed class InvokeActivityHandler(ConversationEngine engine, TeamsReplyDispatcher replies, ILogger<InvokeActivityHandler> logger)
{
    public const string AdaptiveCardActionName = "adaptiveCard/action";
    public const string AlreadyDoneText = "Already done.";
    public const string DoneText = "Done.";

    public async Task<TeamsHttpResult> HandleAsync(JsonActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.Equals(activity.Name, AdaptiveCardActionName, StringComparison.Ordinal))
        {
            logger.InvokeNotHandled(activity.Name, activity.Id);
            return TeamsHttpResult.NotImplemented;
        }

        JsonAdaptiveCardInvokeAction? action = activity.Value is { ValueKind: JsonValueKind.Object } value
            ? value.Deserialize(TeamsJsonContext.Default.JsonAdaptiveCardInvokeValue)?.Action
            : null;
        if (ActivityMapper.ToCardEvent(activity, CardSubmission.From(action?.Data, action?.Verb)) is not { } inbound)
        {
            return Answer(Error(400, "BadRequest", "This card action is not one I understand."));
        }

        EngineResponse response = await engine.HandleAsync(inbound, cancellationToken);
        logger.ActivityHandled(activity.Type!, inbound.EventId, response.Replies.Count);
        if (response.Duplicate)
        {
            return Answer(Toast(AlreadyDoneText));
        }

        Reply? withCard = response.Replies.FirstOrDefault(r => r.Card is not null);
        List<Reply> others = [.. response.Replies.Where(r => withCard is not null && !ReferenceEquals(r, withCard))];
        if (others.Count > 0)
        {
            await replies.SendAsync(activity, inbound.Conversation, others, cancellationToken);
        }

        return Answer(withCard?.Card is { } card ? CardBody(card) : Toast(ToastText(response.Replies)));
    }

    private static string ToastText(IReadOnlyList<Reply> replies)
    {
        string text = string.Join("\n\n", replies.Select(r => r.Text).Where(t => !string.IsNullOrWhiteSpace(t)));
        return text.Length > 0 ? TeamsMessageRenderer.RenderText(text) : DoneText;
    }

    private static JsonInvokeResponse CardBody(Card card) => new()
    {
        StatusCode = 200,
        Type = JsonInvokeResponse.AdaptiveCardType,
        Value = AdaptiveCardRenderer.RenderWireAttachment(card).Content,
    };

    private static JsonInvokeResponse Toast(string text) => new()
    {
        StatusCode = 200,
        Type = JsonInvokeResponse.MessageType,
        Value = JsonSerializer.SerializeToElement(text, TeamsJsonContext.Default.String),
    };

    private static JsonInvokeResponse Error(int statusCode, string code, string message) => new()
    {
        StatusCode = statusCode,
        Type = JsonInvokeResponse.ErrorType,
        Value = JsonSerializer.SerializeToElement(new JsonError { Code = code, Message = message }, TeamsJsonContext.Default.JsonError),
    };

    /// <summary>The invoke's answer travels in an HTTP 200 whatever its own status code (brief §5.4).</summary>
    private static TeamsHttpResult Answer(JsonInvokeResponse body) =>
        new(200, JsonSerializer.Serialize(body, TeamsJsonContext.Default.JsonInvokeResponse));
}
