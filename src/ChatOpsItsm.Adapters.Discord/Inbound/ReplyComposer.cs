using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// Turns the engine's answer into the interaction's response (brief §3, §4). Inline: a form opens as a modal (from a
/// command or a click; a modal cannot answer a modal); a click answered with a card edits the clicked message (7),
/// disabling its buttons when the new card has none, which is how a decision closes a vote; anything else is a
/// message (4). Replies that do not fit the first message follow up through the delivery queue, and so do the later
/// parts of a text too long for one message (<see cref="DiscordMessageRenderer.SplitLongTexts"/>), its card with the
/// last part. Late (after a defer), every reply goes through the queue.
/// </summary>
internal sealed class ReplyComposer(FormSteps formSteps, IWorkScheduler scheduler, TimeProvider timeProvider, ILogger<ReplyComposer> logger)
{
    public const string AlreadyHandledText = "I already handled that.";
    public const string DoneText = "Done.";

    public const string InterruptedText =
        "I was interrupted while working on this, so I can't tell whether it was done. Please check (for example with `incident list mine`) before you try again.";

    /// <summary>How long after an interaction its answer must have been delivered before the user is told it was interrupted.</summary>
    public static readonly TimeSpan InterruptedAfter = TimeSpan.FromMinutes(2);

    public async Task<JsonInteractionResponse> ComposeAsync(InteractionContext context, EngineResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(response);
        if (response.Duplicate || response.Replies.Count == 0)
        {
            // A click needs no visible answer; a command or form must not be left without one.
            return context.IsComponent
                ? InteractionResponses.DeferredUpdate
                : InteractionResponses.Ephemeral(response.Duplicate ? AlreadyHandledText : DoneText);
        }

        Reply first = response.Replies[0];
        if (context.Interaction.Type != InteractionTypes.ModalSubmit
            && first.Card is { IsForm: true } form && ModalRenderer.SubmitOf(form) is { } submit)
        {
            await FollowUpAsync(context, [.. response.Replies.Skip(1)], cancellationToken);
            return ModalRenderer.TryRender(form, submit, first.Text) is { } modal
                ? InteractionResponses.Modal(modal)
                : await formSteps.StartAsync(context, form, submit, cancellationToken);
        }

        // A text too long for one message is split into replies of a message each; the first message answers.
        IReadOnlyList<Reply> pieces = DiscordMessageRenderer.SplitLongTexts(response.Replies);
        (JsonMessageData message, IReadOnlyList<Reply> others) = SplitFirstMessage(pieces);
        await FollowUpAsync(context, others, cancellationToken);

        // The card of a split reply is on its last part, a follow-up: the clicked message is then left as it is.
        if (context.IsComponent && pieces[0].Card is { IsForm: false } card)
        {
            if (card.Buttons.Count == 0 && context.Interaction.Message?.Components is { Count: > 0 } rows)
            {
                message.Components = DiscordMessageRenderer.Disabled(rows);
            }

            return InteractionResponses.Update(message);
        }

        return InteractionResponses.Message(message);
    }

    /// <summary>The engine's answer to an interaction already acknowledged with a defer (5) or a silent update (6).</summary>
    public async Task QueueLateAsync(InteractionContext context, EngineResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(response);
        InteractionReplyMode mode = context.IsComponent ? InteractionReplyMode.UpdateSourceMessage : InteractionReplyMode.ReplacePlaceholder;
        IReadOnlyList<Reply> replies = response.Duplicate ? [] : response.Replies;
        if (replies.Count == 0 && mode == InteractionReplyMode.ReplacePlaceholder)
        {
            // "Thinking…" must be replaced by something.
            replies = [Reply.Say(response.Duplicate ? AlreadyHandledText : DoneText)];
        }

        // Queued even when empty (a click answered with nothing): its delivery is what keeps the interrupted notice quiet.
        await QueueAsync(context, replies, mode, cancellationToken);
    }

    /// <summary>
    /// Queued when an interaction is acknowledged before the engine finished: if this instance dies before the answer
    /// is queued, the user is told so (while the token lives) instead of watching "thinking…" until Discord gives up.
    /// It stays quiet when the answer was delivered.
    /// </summary>
    public async Task QueueInterruptedNoticeAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        InteractionReplyMode mode = context.IsComponent ? InteractionReplyMode.FollowUp : InteractionReplyMode.ReplacePlaceholder;
        InteractionReplyWork answer = context.ReplyWork([], mode, context.ReceivedAt);
        InteractionReplyWork notice = context.ReplyWork([Reply.Say(InterruptedText)], mode, context.ReceivedAt + InterruptedAfter) with
        {
            WorkId = answer.WorkId + ":interrupted",
            SkipIfDone = answer.WorkId,
        };
        await scheduler.ScheduleAsync(notice, cancellationToken);
    }

    /// <summary>
    /// The renderer packs replies into messages in order, so the first message holds the longest prefix that renders
    /// as one; the replies after it are queued and rendered again by the outbound side into the same messages. The
    /// replies are already split to a message each, so a long text's later parts are queued like any reply.
    /// </summary>
    private (JsonMessageData First, IReadOnlyList<Reply> Others) SplitFirstMessage(IReadOnlyList<Reply> replies)
    {
        int taken = 1;
        while (taken < replies.Count && DiscordMessageRenderer.Render([.. replies.Take(taken + 1)], logger).Count <= 1)
        {
            taken++;
        }

        IReadOnlyList<JsonMessageData> packed = DiscordMessageRenderer.Render([.. replies.Take(taken)], logger);
        // Replies with neither text nor a card render as nothing, and Discord refuses an empty message.
        JsonMessageData first = packed.Count > 0 ? packed[0] : new JsonMessageData { Content = DoneText, AllowedMentions = new JsonAllowedMentions() };
        return (first, [.. replies.Skip(taken)]);
    }

    private async Task FollowUpAsync(InteractionContext context, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        if (replies.Count > 0)
        {
            await QueueAsync(context, replies, InteractionReplyMode.FollowUp, cancellationToken);
        }
    }

    private async Task QueueAsync(InteractionContext context, IReadOnlyList<Reply> replies, InteractionReplyMode mode, CancellationToken cancellationToken)
    {
        await scheduler.ScheduleAsync(context.ReplyWork(replies, mode, timeProvider.GetUtcNow()), cancellationToken);
        logger.InteractionRepliesQueued(context.Id, replies.Count, mode);
    }
}
