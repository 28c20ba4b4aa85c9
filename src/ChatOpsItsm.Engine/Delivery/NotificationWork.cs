using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Delivery;

/// <summary>
/// A message to deliver. With a <see cref="MessageKey"/> (<c>vote-card:CHG-1001</c>) the message is posted the
/// first time and updated in place afterwards. A non-<see cref="Essential"/> message is not sent to a person who
/// turned notifications off.
/// </summary>
public sealed record NotificationWork(
    string WorkId,
    DateTimeOffset NotBefore,
    DeliveryTarget Target,
    Reply Message,
    string? MessageKey,
    bool Essential) : OutboundWork(WorkId, NotBefore);
