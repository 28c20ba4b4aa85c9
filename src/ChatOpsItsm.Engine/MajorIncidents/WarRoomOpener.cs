using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Timers;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// Carries out a <see cref="WarRoomWork"/>: opens the thread under its parent with the announcement as its first message,
/// remembers it (so a <c>!timeline</c> line typed there finds the incident), records it on the incident as the bot and
/// posts the status board in it. Each step is safe to repeat: the thread is opened with the work id as its delivery key
/// (a retry finds the same thread), remembering and recording twice change nothing, and the board is posted under its
/// message key. A war room already recorded is not opened again; its board is posted there.
/// </summary>
public sealed class WarRoomOpener(IIncidentStore store, IncidentUpdater updater, OutboundChannels channels, IWarRooms warRooms, MajorCards cards)
{
    /// <exception cref="InvalidOperationException">No channel serves the parent's platform: the worker retries, then moves the work aside.</exception>
    public async Task<DeliveryResult> HandleAsync(WarRoomWork work, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        StoredIncident? stored = await store.GetAsync(work.Incident, cancellationToken);
        if (stored is null)
        {
            return DeliveryResult.Skipped($"{work.Incident} does not exist.");
        }

        Incident incident = stored.Incident;
        if (incident.Major is not { } major)
        {
            return DeliveryResult.Skipped($"{work.Incident} is not a major incident.");
        }

        if (RouteAddress.TryParse(major.WarRoom, out ConversationAddress? open))
        {
            await PostBoardAsync(open, incident, work, now, cancellationToken);
            return DeliveryResult.Done($"{work.Incident}'s war room was already open.");
        }

        IOutboundChannel channel = channels.For(work.Parent.Platform);
        Reply first = Reply.Say(cards.Announcement(incident, now).Text ?? MajorOutbound.WarRoomTitle(incident));
        ConversationAddress thread = await channel.OpenThreadAsync(work.Parent, work.Title, first, work.WorkId, cancellationToken);
        await warRooms.RememberAsync(thread, work.Incident, cancellationToken);
        IncidentUpdate recorded = await updater.UpdateAsync(
            work.Incident, fresh => fresh.RecordWarRoom(thread.ToString(), SystemActor.At(now)), now, cancellationToken);
        switch (recorded.Status)
        {
            case IncidentUpdateStatus.Saved:
                await PostBoardAsync(thread, recorded.Incident!, work, now, cancellationToken);
                return DeliveryResult.Done($"{work.Incident}'s war room opened.");
            case IncidentUpdateStatus.Refused when recorded.Incident!.Major?.WarRoom is { } other && RouteAddress.TryParse(other, out ConversationAddress? room):
                // Recorded meanwhile (a redelivery of this work found the same thread): the board goes where the record says.
                await PostBoardAsync(room, recorded.Incident, work, now, cancellationToken);
                return DeliveryResult.Done($"{work.Incident}'s war room was already recorded.");
            case IncidentUpdateStatus.NotFound or IncidentUpdateStatus.Refused:
                return DeliveryResult.Skipped($"{work.Incident} changed while its war room opened: {recorded.Refusal?.Message ?? "it is gone"}.");
            default:
                throw new InvalidOperationException($"{work.Incident} kept changing; recording its war room will be retried.");
        }
    }

    private Task PostBoardAsync(ConversationAddress room, Incident incident, WarRoomWork work, DateTimeOffset now, CancellationToken cancellationToken) =>
        channels.For(room.Platform).PostAsync(
            room, Reply.Show(cards.Board(incident, now)), $"{work.WorkId}:board", MajorCards.BoardKey(incident.Id), cancellationToken);
}
