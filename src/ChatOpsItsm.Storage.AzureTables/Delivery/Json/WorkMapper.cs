using System.Text.Json;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Timers;
using ChatOpsItsm.Storage.AzureTables.Replies;

namespace ChatOpsItsm.Storage.AzureTables.Delivery.Json;

/// <summary>
/// <see cref="OutboundWork"/> ↔ <see cref="WorkJson"/>, by hand, so the engine's records carry no serializer
/// attributes. Every field round-trips exactly: instants keep their ticks and offset.
/// </summary>
internal static class WorkMapper
{
    /// <summary>The work as a JSON payload: ASCII only, so its length is its size in bytes.</summary>
    public static string Serialize(OutboundWork work) => JsonSerializer.Serialize(ToJson(work), DeliveryJsonContext.Default.WorkJson);

    /// <exception cref="InvalidDataException">The payload is not a work item this version can read.</exception>
    public static OutboundWork Deserialize(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        WorkJson json;
        try
        {
            json = JsonSerializer.Deserialize(payload, DeliveryJsonContext.Default.WorkJson)
                ?? throw new InvalidDataException("The payload is null.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException("The payload is not a work item.", exception);
        }

        return FromJson(json);
    }

    public static string KindOf(OutboundWork work) => work switch
    {
        NotificationWork => WorkKinds.Notification,
        TimerWork => WorkKinds.Timer,
        InteractionReplyWork => WorkKinds.InteractionReply,
        WarRoomWork => WorkKinds.WarRoom,
        _ => throw new ArgumentException($"Unknown work {work.GetType().Name}.", nameof(work)),
    };

    /// <summary>Where the work goes, for operators: a conversation (a war room's parent), <c>dm platform:id</c>, or the timer's ticket.</summary>
    public static string TargetOf(OutboundWork work) => work switch
    {
        NotificationWork notification => notification.Target.ToString(),
        TimerWork timer => timer.Ticket.ToString(),
        InteractionReplyWork reply => reply.Conversation.ToString(),
        WarRoomWork warRoom => warRoom.Parent.ToString(),
        _ => throw new ArgumentException($"Unknown work {work.GetType().Name}.", nameof(work)),
    };

    public static WorkJson ToJson(OutboundWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work switch
        {
            NotificationWork notification => new WorkJson
            {
                Kind = WorkKinds.Notification,
                Id = notification.WorkId,
                NotBefore = notification.NotBefore,
                Target = ToJson(notification.Target),
                Message = ReplyMapper.ToJson(notification.Message),
                MessageKey = notification.MessageKey,
                Essential = notification.Essential,
            },
            TimerWork timer => new WorkJson
            {
                Kind = WorkKinds.Timer,
                Id = timer.WorkId,
                NotBefore = timer.NotBefore,
                Timer = timer.Kind.ToString(),
                Ticket = timer.Ticket.ToString(),
            },
            InteractionReplyWork reply => new WorkJson
            {
                Kind = WorkKinds.InteractionReply,
                Id = reply.WorkId,
                NotBefore = reply.NotBefore,
                Target = ToJson(DeliveryTarget.ToConversation(reply.Conversation)),
                Messages = reply.Replies.Select(ReplyMapper.ToJson).ToList(),
                Token = reply.InteractionToken,
                ExpiresAt = reply.TokenExpiresAt,
                Mode = reply.Mode.ToString(),
                SkipIfDone = reply.SkipIfDone,
            },
            WarRoomWork warRoom => new WorkJson
            {
                Kind = WorkKinds.WarRoom,
                Id = warRoom.WorkId,
                NotBefore = warRoom.NotBefore,
                Ticket = warRoom.Incident.ToString(),
                Target = ToJson(DeliveryTarget.ToConversation(warRoom.Parent)),
                Title = warRoom.Title,
            },
            _ => throw new ArgumentException($"Unknown work {work.GetType().Name}.", nameof(work)),
        };
    }

    /// <exception cref="InvalidDataException">An unknown kind, or a field the kind needs is missing.</exception>
    public static OutboundWork FromJson(WorkJson json)
    {
        ArgumentNullException.ThrowIfNull(json);
        string id = json.Id ?? throw Missing("id");
        return json.Kind switch
        {
            WorkKinds.Notification => new NotificationWork(
                id,
                json.NotBefore,
                FromJson(json.Target ?? throw Missing("target")),
                ReplyMapper.FromJson(json.Message ?? throw Missing("message")),
                json.MessageKey,
                json.Essential ?? throw Missing("essential")),
            WorkKinds.Timer => new TimerWork(
                id,
                json.NotBefore,
                ReplyMapper.Parse<TimerKind>(json.Timer),
                TicketId.TryParse(json.Ticket, out TicketId ticket) ? ticket : throw Missing("ticket")),
            WorkKinds.InteractionReply => new InteractionReplyWork(
                id,
                json.NotBefore,
                FromJson(json.Target ?? throw Missing("target")).Conversation ?? throw Missing("conversation"),
                string.IsNullOrEmpty(json.Token) ? throw Missing("token") : json.Token,
                json.ExpiresAt ?? throw Missing("expiresAt"),
                (json.Messages ?? throw Missing("messages")).Select(ReplyMapper.FromJson).ToList(),
                ReplyMapper.Parse<InteractionReplyMode>(json.Mode)) { SkipIfDone = json.SkipIfDone },
            WorkKinds.WarRoom => new WarRoomWork(
                id,
                json.NotBefore,
                TicketId.TryParse(json.Ticket, out TicketId incident) && incident.Type == TicketType.Incident ? incident : throw Missing("ticket"),
                FromJson(json.Target ?? throw Missing("target")).Conversation ?? throw Missing("conversation"),
                json.Title ?? throw Missing("title")),
            _ => throw new InvalidDataException($"Unknown work kind '{json.Kind}'."),
        };
    }

    private static TargetJson ToJson(DeliveryTarget target) =>
        target.Conversation is { } conversation
            ? new TargetJson(conversation.Platform, conversation.ConversationId, null)
            : new TargetJson(null, null, target.Person?.ToString() ?? throw new ArgumentException("A target names a conversation or a person."));

    private static DeliveryTarget FromJson(TargetJson json)
    {
        if (json.Person is { } person)
        {
            // Split at the first colon and rebuilt with the constructor: what was stored must read back.
            int colon = person.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && colon < person.Length - 1
                ? DeliveryTarget.ToPerson(new UserIdentity(person[..colon], person[(colon + 1)..]))
                : throw Missing("person");
        }

        return DeliveryTarget.ToConversation(new ConversationAddress(
            json.Platform ?? throw Missing("platform"), json.Conversation ?? throw Missing("conversation")));
    }

    private static InvalidDataException Missing(string field) => new($"Stored work has no valid {field}.");
}
