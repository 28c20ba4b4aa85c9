using System.Buffers;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Host.LocalChannel.Protocol;

namespace ChatOpsItsm.Host.LocalChannel;

/// <summary>
/// Checks a local request and turns it into the engine's neutral event. Every rule broken is reported as one
/// sentence for the problem's <c>detail</c>; nothing reaches the engine unless every rule holds. A <c>dm:</c>
/// conversation (where the bot's direct messages land) is direct: no thread opens there.
/// </summary>
internal static class LocalEventMapper
{
    public const string Platform = "local";
    public const int MaxUserIdLength = 64;
    public const int MaxUserNameLength = 100;
    public const int MaxConversationIdLength = 100;
    public const int MaxTextLength = 8_000;
    public const int MaxActionIdLength = 100;
    public const int MaxEventIdLength = 100;
    public const int MaxValues = 50;

    private static readonly SearchValues<char> UserIdCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-");

    public static (InboundEvent? Event, string? Problem) ToEvent(JsonLocalRequest request, Func<string> newEventId)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(newEventId);
        if ((CheckUser(request.User) ?? CheckConversation(request.Conversation) ?? CheckEventId(request.EventId) ?? CheckKind(request)) is { } problem)
        {
            return (null, problem);
        }

        ChannelUser user = new(new UserIdentity(Platform, request.User!.Id!), request.User.Name ?? request.User.Id!);
        ConversationAddress conversation = new(Platform, request.Conversation!.Id!);
        string id = request.EventId ?? newEventId();
        bool isDirect = IsDirect(conversation.ConversationId);
        if (request.Text is { } text)
        {
            return text.Length > MaxTextLength
                ? (null, $"text is {text.Length} characters long; the limit is {MaxTextLength}.")
                : (new InboundMessage(id, user, conversation, text) { IsDirect = isDirect }, null);
        }

        if (request.Action is { } action)
        {
            (IReadOnlyDictionary<string, string>? data, string? dataProblem) = Values("action", action.Id, action.Data, "data");
            return data is null
                ? (null, dataProblem)
                : (new InboundCardAction(id, user, conversation, action.Id!, data) { IsDirect = isDirect }, null);
        }

        JsonLocalForm form = request.Form!;
        (IReadOnlyDictionary<string, string>? values, string? valuesProblem) = Values("form", form.Id, form.Values, "values");
        return values is null
            ? (null, valuesProblem)
            : (new InboundFormSubmission(id, user, conversation, form.Id!, values) { IsDirect = isDirect }, null);
    }

    /// <summary>Whether the conversation is one of the <c>dm:&lt;user&gt;</c> ones <see cref="LocalOutboundChannel"/> sends direct messages to.</summary>
    public static bool IsDirect(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return conversationId.StartsWith(LocalOutboundChannel.DirectPrefix, StringComparison.Ordinal);
    }

    private static string? CheckEventId(string? eventId) =>
        eventId is not null && (eventId.Length is 0 or > MaxEventIdLength || eventId.Any(char.IsControl))
            ? $"eventId must be 1 to {MaxEventIdLength} characters without control characters."
            : null;

    private static string? CheckKind(JsonLocalRequest request)
    {
        int kinds = (request.Text is null ? 0 : 1) + (request.Action is null ? 0 : 1) + (request.Form is null ? 0 : 1);
        return kinds switch
        {
            1 => null,
            0 => "The body needs one of text, action or form.",
            _ => "The body must have exactly one of text, action or form, not several.",
        };
    }

    private static string? CheckUser(JsonLocalUser? user)
    {
        if (user is null)
        {
            return "user is required: {\"user\":{\"id\":\"alice\"}}.";
        }

        if (string.IsNullOrEmpty(user.Id) || user.Id.Length > MaxUserIdLength || user.Id.AsSpan().ContainsAnyExcept(UserIdCharacters))
        {
            return $"user.id must be 1 to {MaxUserIdLength} characters of A-Z, a-z, 0-9, '.', '_' and '-'.";
        }

        return user.Name is { } name && (name.Length > MaxUserNameLength || name.Any(char.IsControl))
            ? $"user.name must be at most {MaxUserNameLength} characters without control characters."
            : null;
    }

    private static string? CheckConversation(JsonLocalConversation? conversation)
    {
        if (conversation is null)
        {
            return "conversation is required: {\"conversation\":{\"id\":\"general\"}}.";
        }

        return CheckConversationId(conversation.Id) is null
            ? null
            : $"conversation.id must be 1 to {MaxConversationIdLength} characters without control characters.";
    }

    /// <summary>A conversation id as the history and the live feed take it in their route; null when it is fine.</summary>
    public static string? CheckConversationId(string? id) =>
        string.IsNullOrWhiteSpace(id) || id.Length > MaxConversationIdLength || id.Any(char.IsControl)
            ? $"The conversation id must be 1 to {MaxConversationIdLength} characters without control characters."
            : null;

    private static (IReadOnlyDictionary<string, string>? Values, string? Problem) Values(
        string kind, string? id, Dictionary<string, string?>? values, string valuesName)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxActionIdLength || id.Any(char.IsControl))
        {
            return (null, $"{kind}.id must be 1 to {MaxActionIdLength} characters without control characters.");
        }

        Dictionary<string, string> result = new(StringComparer.OrdinalIgnoreCase);
        if (values is null)
        {
            return (result, null);
        }

        if (values.Count > MaxValues)
        {
            return (null, $"{kind}.{valuesName} may hold at most {MaxValues} entries.");
        }

        foreach ((string key, string? value) in values)
        {
            if (value is null || value.Length > MaxTextLength || !result.TryAdd(key, value))
            {
                return (null, $"{kind}.{valuesName} must map distinct names to strings of at most {MaxTextLength} characters.");
            }
        }

        return (result, null);
    }
}
