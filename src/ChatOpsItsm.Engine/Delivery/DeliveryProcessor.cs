using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Engine.Timers;

namespace ChatOpsItsm.Engine.Delivery;

/// <summary>
/// Carries out one queued work item for the delivery workers: skips what the ledger says was done, sends a
/// notification, fires a timer or opens a war room, and records what was done so a redelivered queue message has no
/// second effect. Reads the clock once per item.
/// </summary>
public sealed class DeliveryProcessor(
    IDeliveryLedger ledger, NotificationSender sender, TimerHandler timers, OutboundChannels channels, WarRoomOpener warRooms,
    TimeProvider timeProvider)
    : IDeliveryHandler
{
    public async Task<DeliveryResult> HandleAsync(OutboundWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (await ledger.IsDoneAsync(work.WorkId, cancellationToken))
        {
            return DeliveryResult.Done("Already done.");
        }

        DateTimeOffset now = timeProvider.GetUtcNow();
        DeliveryResult result = work switch
        {
            NotificationWork notification => await NotifyAsync(notification, now, cancellationToken),
            TimerWork timer => await timers.HandleAsync(timer, now, cancellationToken),
            InteractionReplyWork reply => await ReplyAsync(reply, now, cancellationToken),
            WarRoomWork warRoom => await warRooms.HandleAsync(warRoom, now, cancellationToken),
            _ => throw new InvalidOperationException($"Unknown outbound work {work.GetType().Name}."),
        };
        if (Records(work, result))
        {
            await ledger.MarkDoneAsync(work.WorkId, now, cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// A timer that stayed quiet is not recorded: a reopened incident sets the same timer again (same id, same due
    /// instant), and then it must fire.
    /// </summary>
    private static bool Records(OutboundWork work, DeliveryResult result) =>
        result.Status == DeliveryStatus.Done || (result.Status == DeliveryStatus.Skipped && work is NotificationWork or InteractionReplyWork);

    /// <exception cref="InvalidOperationException">No channel serves the platform, or it cannot answer interactions.</exception>
    private async Task<DeliveryResult> ReplyAsync(InteractionReplyWork work, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (work.NotBefore > now + TimerHandler.Tolerance)
        {
            return DeliveryResult.Reschedule(work.NotBefore);
        }

        if (work.SkipIfDone is { } answer && await ledger.IsDoneAsync(answer, cancellationToken))
        {
            return DeliveryResult.Skipped($"{answer} was delivered.");
        }

        string platform = work.Conversation.Platform;
        if (channels.For(platform) is not IInteractionReplyChannel channel)
        {
            throw new InvalidOperationException($"The {platform} channel cannot answer interactions.");
        }

        await channel.DeliverAsync(work, cancellationToken);
        return DeliveryResult.Done();
    }

    private async Task<DeliveryResult> NotifyAsync(NotificationWork work, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (work.NotBefore > now + TimerHandler.Tolerance)
        {
            return DeliveryResult.Reschedule(work.NotBefore);
        }

        bool sent = await sender.SendAsync(work.Target, work.Message, work.WorkId, work.MessageKey, work.Essential, cancellationToken);
        return sent ? DeliveryResult.Done() : DeliveryResult.Skipped($"{work.Target} turned non-essential notifications off.");
    }
}
