using ChatOpsItsm.Adapters.Teams.Outbound;
using ChatOpsItsm.Adapters.Teams.Protocol;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Adapters.Teams.Inbound;

/// <summary>
/// Turns an authenticated activity into the engine's neutral events: the person <c>teams:&lt;aadObjectId&gt;</c>
/// (the <c>29:</c> id when Teams sends no object id), the conversation <c>teams:&lt;conversation.id&gt;</c>, the
/// channel data of <see cref="ReferenceKeys"/> (the Teams channel under <c>channelId</c>, not the Bot Framework one), and the activity id as the event id (the engine de-duplicates).
/// Every event says whether it came from a chat (<see cref="InboundEvent.IsDirect"/>): only a channel can hold a thread.
/// </summary>
internal static class ActivityMapper
{
    public const string Platform = "teams";

    /// <summary>The <c>ChannelData</c> key of the activity id (for a card submission, <c>replyToId</c> names the card's message).</summary>
    public const string ActivityIdKey = "activityId";

    /// <summary>The <c>conversationType</c> of a team channel or a thread in one; the others are <c>personal</c> and <c>groupChat</c>.</summary>
    public const string ChannelConversationType = "channel";

    /// <summary>The message's text with the bot's mention removed; null when the activity lacks a sender, conversation or id.</summary>
    public static InboundMessage? ToMessage(JsonActivity activity) =>
        ContextOf(activity) is { } context
            ? new InboundMessage(context.EventId, context.User, context.Conversation, MessageText.Of(activity))
            {
                ChannelData = context.ChannelData,
                IsDirect = context.IsDirect,
            }
            : null;

    /// <summary>A card click or form submission; null when the activity or the submission is incomplete.</summary>
    public static InboundEvent? ToCardEvent(JsonActivity activity, CardSubmission? submission)
    {
        if (submission is null || ContextOf(activity) is not { } context)
        {
            return null;
        }

        return submission.IsForm
            ? new InboundFormSubmission(context.EventId, context.User, context.Conversation, submission.ActionId, submission.Values)
            {
                ChannelData = context.ChannelData,
                IsDirect = context.IsDirect,
            }
            : new InboundCardAction(context.EventId, context.User, context.Conversation, submission.ActionId, submission.Values)
            {
                ChannelData = context.ChannelData,
                IsDirect = context.IsDirect,
            };
    }

    /// <summary>The conversation of the activity, or null when it has none.</summary>
    public static ConversationAddress? ConversationOf(JsonActivity activity) =>
        activity.Conversation?.Id is { Length: > 0 } id ? new ConversationAddress(Platform, id) : null;

    /// <summary>The addressing to keep for the conversation (brief §4.4); absent values are left out.</summary>
    public static IReadOnlyDictionary<string, string> ChannelDataOf(JsonActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Dictionary<string, string> data = new(StringComparer.Ordinal);
        Add(data, ReferenceKeys.ServiceUrl, activity.ServiceUrl);
        Add(data, ReferenceKeys.TenantId, activity.ChannelData?.Tenant?.Id ?? activity.Conversation?.TenantId);
        Add(data, ReferenceKeys.TeamId, activity.ChannelData?.Team?.Id);
        Add(data, ReferenceKeys.ChannelId, activity.ChannelData?.Channel?.Id);
        Add(data, ReferenceKeys.ConversationType, activity.Conversation?.ConversationType);
        Add(data, ReferenceKeys.BotId, activity.Recipient?.Id);
        Add(data, ReferenceKeys.UserId, activity.From?.Id);
        Add(data, ActivityIdKey, activity.Id);
        return data;
    }

    /// <summary>
    /// True unless the activity comes from a channel (brief §1.2 <c>conversationType</c>): a personal or group chat holds no
    /// threads, and an activity that does not say where it comes from is not trusted to hold one either.
    /// </summary>
    public static bool IsDirect(JsonActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return !string.Equals(activity.Conversation?.ConversationType, ChannelConversationType, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The sender as the engine names them, or null when the activity has no usable sender id.</summary>
    public static ChannelUser? UserOf(JsonActivity activity)
    {
        string? id = activity.From?.AadObjectId is { Length: > 0 } objectId ? objectId : activity.From?.Id;
        return UserIdentity.TryParse($"{Platform}:{id}", out UserIdentity identity)
            ? new ChannelUser(identity, activity.From?.Name is { Length: > 0 } name ? name : identity.Id)
            : null;
    }

    private static Context? ContextOf(JsonActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Id is { Length: > 0 } eventId && UserOf(activity) is { } user && ConversationOf(activity) is { } conversation
            ? new Context(eventId, user, conversation, ChannelDataOf(activity), IsDirect(activity))
            : null;
    }

    private static void Add(Dictionary<string, string> data, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            data[key] = value;
        }
    }

    private sealed record Context(
        string EventId, ChannelUser User, ConversationAddress Conversation, IReadOnlyDictionary<string, string> ChannelData, bool IsDirect);
}
