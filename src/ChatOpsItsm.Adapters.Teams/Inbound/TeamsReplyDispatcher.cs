using ChatOpsItsm.Adapters.Teams.Protocol;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Teams.Inbound;

/// <summary>
/// Sends the engine's replies to an activity straight back through the connector, one by one, in order. When one
/// fails, it and the rest go to the delivery queue as <see cref="NotificationWork"/> to the conversation (durable,
/// retried with backoff), so a connector hiccup neither loses a reply nor delays the HTTP answer.
/// </summary>
internal sealed class TeamsReplyDispatcher(
    ITeamsReplies replies, IWorkScheduler scheduler, TimeProvider timeProvider, ILogger<TeamsReplyDispatcher> logger)
{
    public async Task SendAsync(JsonActivity activity, ConversationAddress conversation, IReadOnlyList<Reply> toSend, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(toSend);
        for (int index = 0; index < toSend.Count; index++)
        {
            try
            {
                await replies.SendAsync(activity, [toSend[index]], cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || cancellationToken.IsCancellationRequested)
            {
                logger.RepliesDeferred(exception, activity.Id ?? "", toSend.Count - index);
                await DeferAsync(conversation, activity.Id ?? "", toSend, index);
                return;
            }
        }
    }

    /// <summary>
    /// Queues the replies from <paramref name="first"/> on. Not bound to the request: the connector may have hung up
    /// (it waits about 15 s), and the replies must still arrive.
    /// </summary>
    private async Task DeferAsync(ConversationAddress conversation, string activityId, IReadOnlyList<Reply> toSend, int first)
    {
        DateTimeOffset now = timeProvider.GetUtcNow();
        DeliveryTarget target = DeliveryTarget.ToConversation(conversation);
        for (int index = first; index < toSend.Count; index++)
        {
            string workId = $"teams-reply:{conversation.ConversationId}:{activityId}:{index}";
            NotificationWork work = new(workId, now, target, toSend[index], MessageKey: null, Essential: true);
            await scheduler.ScheduleAsync(work, CancellationToken.None);
        }
    }
}
