using System.Net;
using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Adapters.Discord.Rest;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Discord.Outbound;

/// <summary>
/// Delivers the answer to an interaction acknowledged before the engine finished (brief §3): through the interaction
/// webhook while its token lives (15 minutes, less a margin), by <see cref="InteractionReplyWork.Mode"/>; after that,
/// or when Discord says the token or interaction is gone, as ordinary bot-token posts to the conversation, so the user
/// still gets the answer. Each message is a step <c>&lt;workId&gt;#&lt;n&gt;</c> in the <see cref="IDeliveryLedger"/>,
/// marked when done, so a redelivered work item skips what was sent.
/// </summary>
internal sealed class InteractionReplyDelivery(
    DiscordSender sender, IDeliveryLedger ledger, TimeProvider timeProvider, ILogger<InteractionReplyDelivery> logger)
{
    /// <summary>Not used in its last 30 seconds: a call made then may arrive after the token died (a 401 counts against the budget).</summary>
    public static readonly TimeSpan TokenMargin = TimeSpan.FromSeconds(30);

    public async Task DeliverAsync(InteractionReplyWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        List<InteractionReplyStep> steps = Plan(work);
        bool webhookGone = false;
        for (int n = 0; n < steps.Count; n++)
        {
            string stepKey = $"{work.WorkId}#{n}";
            if (await ledger.IsDoneAsync(stepKey, cancellationToken))
            {
                continue;
            }

            if (!webhookGone && timeProvider.GetUtcNow() >= work.TokenExpiresAt - TokenMargin)
            {
                webhookGone = true;
                logger.InteractionTokenExpired(work.WorkId, work.Conversation.ConversationId);
            }

            if (!webhookGone)
            {
                try
                {
                    await SendThroughWebhookAsync(work, steps[n], n, cancellationToken);
                }
                catch (DiscordApiException exception) when (IsWebhookGone(exception))
                {
                    webhookGone = true;
                    logger.InteractionWebhookGone(work.WorkId, (int?)exception.StatusCode, exception.Code, work.Conversation.ConversationId);
                }
            }

            if (webhookGone)
            {
                await sender.PostAsync(work.Conversation.ConversationId, steps[n].Message, stepKey, cancellationToken);
                logger.InteractionReplyStepSent(work.WorkId, n, "bot post");
            }

            await ledger.MarkDoneAsync(stepKey, timeProvider.GetUtcNow(), cancellationToken);
        }
    }

    /// <summary>
    /// The messages and where each goes. The same work always gives the same plan, so step numbers stay stable across
    /// redeliveries. A text too long for one message is split into several, the card with the last part
    /// (<see cref="DiscordMessageRenderer.SplitLongTexts"/>). An update of the clicked message takes the first reply's
    /// card alone; the rest are packed. A split reply's card is on a follow-up, so then the clicked message stays as it is.
    /// </summary>
    private List<InteractionReplyStep> Plan(InteractionReplyWork work)
    {
        IReadOnlyList<Reply> replies = DiscordMessageRenderer.SplitLongTexts(work.Replies);
        switch (work.Mode)
        {
            case InteractionReplyMode.ReplacePlaceholder:
                return [.. DiscordMessageRenderer.Render(replies, logger).Select((message, n) => new InteractionReplyStep(message, n == 0))];
            case InteractionReplyMode.UpdateSourceMessage when replies.Count > 0 && replies[0].Card is not null:
                return [new InteractionReplyStep(DiscordMessageRenderer.Render(replies[0], logger), true), .. FollowUps([.. replies.Skip(1)])];
            default:
                return FollowUps(replies);
        }
    }

    private List<InteractionReplyStep> FollowUps(IReadOnlyList<Reply> replies) =>
        [.. DiscordMessageRenderer.Render(replies, logger).Select(message => new InteractionReplyStep(message, false))];

    private async Task SendThroughWebhookAsync(InteractionReplyWork work, InteractionReplyStep step, int n, CancellationToken cancellationToken)
    {
        if (step.ReplacesOriginal)
        {
            await sender.EditOriginalAsync(work.InteractionToken, step.Message, cancellationToken);
            logger.InteractionReplyStepSent(work.WorkId, n, "original response");
        }
        else
        {
            await sender.FollowUpAsync(work.InteractionToken, step.Message, cancellationToken);
            logger.InteractionReplyStepSent(work.WorkId, n, "follow-up");
        }
    }

    /// <summary>10062 unknown interaction / 10015 unknown webhook (404) or 50027 invalid webhook token (401): the token is dead.</summary>
    private static bool IsWebhookGone(DiscordApiException exception) =>
        exception.StatusCode == HttpStatusCode.NotFound
        || exception.Code is ErrorCodes.UnknownInteraction or ErrorCodes.UnknownWebhook or ErrorCodes.InvalidWebhookToken;
}
