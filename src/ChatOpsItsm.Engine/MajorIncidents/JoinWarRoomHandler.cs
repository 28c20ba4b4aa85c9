using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// <c>major join &lt;id&gt;</c>, typed or clicked on an announcement: anyone may join; joining puts them on the timeline
/// (and in the review's participants) and tells them where the war room is. A war room on their own platform is given
/// as that platform links to it; one on another platform cannot be opened from here, so they are told where it is and
/// that the updates reach them through the stakeholder routes.
/// </summary>
public sealed class JoinWarRoomHandler(MajorUpdater updater, OutboundChannels channels)
{
    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        (TicketId? id, EngineResponse? wrong) = MajorReplies.IncidentId(arguments);
        if (id is null)
        {
            return wrong!;
        }

        IncidentUpdate update = await updater.UpdateAsync(
            id.Value, MajorOperation.View, i => i.RecordJoined(context.Action), context, cancellationToken);
        return update.Status == IncidentUpdateStatus.Saved
            ? MajorReplies.Say($"You joined **{id}**. {Where(update.Incident!.Major!, context.Event.Conversation.Platform)}")
            : MajorReplies.Failure(update, id.Value);
    }

    private string Where(MajorIncident major, string platform)
    {
        if (!RouteAddress.TryParse(major.WarRoom, out ConversationAddress? warRoom))
        {
            return major.WarRoomParent is null
                ? "It has no war room (it was declared in a direct chat and no on-call route is configured); its status updates go to the stakeholder routes."
                : "Its war room is opening; the status updates reach you through the stakeholder routes meanwhile.";
        }

        if (!warRoom.Platform.Equals(platform, StringComparison.OrdinalIgnoreCase))
        {
            return $"Its war room is a thread on {PlatformName(warRoom.Platform)}: open it there. The status updates reach you here through the stakeholder routes.";
        }

        string? link = channels.Serves(warRoom.Platform) ? channels.For(warRoom.Platform).LinkTo(warRoom) : null;
        return string.IsNullOrWhiteSpace(link) ? $"Its war room is the thread `{warRoom.ConversationId}`." : $"Its war room: {link}";
    }

    private static string PlatformName(string platform) => platform.ToLowerInvariant() switch
    {
        "teams" => "Teams",
        "discord" => "Discord",
        "local" => "the local web chat",
        _ => platform,
    };
}
