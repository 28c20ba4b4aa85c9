using ChatOpsItsm.Adapters.Teams.Protocol;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Teams.Inbound;

/// <summary>
/// <c>conversationUpdate</c> with the bot among <c>membersAdded</c>, and <c>installationUpdate</c> (brief §1.4): the
/// conversation reference is stored for proactive use and a short welcome is queued. Installing in a personal scope
/// sends both activities; the welcome's work id is per conversation, so the delivery ledger posts it once.
/// Other conversation updates (people joining, channels renamed) are acknowledged and ignored.
/// </summary>
internal sealed class InstallationActivityHandler(
    IConversationReferences references, IWorkScheduler scheduler, TimeProvider timeProvider, ILogger<InstallationActivityHandler> logger)
{
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";

    public const string WelcomeText =
        "Hi! I'm the IT service desk bot. Describe a problem to report an incident, or type `help` to see what I can do.";

    public async Task<TeamsHttpResult> HandleAsync(JsonActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        string? botId = activity.Recipient?.Id;
        (bool added, bool welcome, bool removed) = activity.Type switch
        {
            ConversationUpdate => (Includes(activity.MembersAdded, botId), Includes(activity.MembersAdded, botId), Includes(activity.MembersRemoved, botId)),
            InstallationUpdate => (activity.Action is "add" or "add-upgrade", activity.Action is "add", activity.Action is "remove" or "remove-upgrade"),
            _ => (false, false, false),
        };
        if (ActivityMapper.ConversationOf(activity) is not { } conversation || !(added || removed))
        {
            logger.ActivityIgnored(activity.Type!, activity.Id);
            return TeamsHttpResult.Ok;
        }

        if (removed)
        {
            // REVIEW: the engine has no port to mark a stored reference dead yet; the next send gets 403/404 instead.
            logger.BotRemoved(conversation.ConversationId);
            return TeamsHttpResult.Ok;
        }

        DateTimeOffset now = timeProvider.GetUtcNow();
        ConversationReference reference = new(conversation, ActivityMapper.UserOf(activity)?.Identity, ActivityMapper.ChannelDataOf(activity), now);
        await references.RememberAsync(reference, cancellationToken);
        logger.BotInstalled(activity.Conversation?.ConversationType ?? "unknown", conversation.ConversationId);
        if (welcome)
        {
            NotificationWork work = new(
                $"teams-welcome:{conversation.ConversationId}",
                now,
                DeliveryTarget.ToConversation(conversation),
                Reply.Say(WelcomeText),
                MessageKey: null,
                Essential: true);
            await scheduler.ScheduleAsync(work, cancellationToken);
        }

        return TeamsHttpResult.Ok;
    }

    private static bool Includes(IReadOnlyList<JsonChannelAccount>? members, string? botId) =>
        botId is not null && members is not null && members.Any(m => string.Equals(m.Id, botId, StringComparison.Ordinal));
}
