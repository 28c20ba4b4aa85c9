using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.TestSupport.Builders;

/// <summary>
/// Builds a <see cref="NotificationWork"/>: by default the non-essential direct message telling local:alice that
/// INC-1001 is In Progress, due at <see cref="BuilderDefaults.Instant"/>, with no message key.
/// </summary>
public sealed class NotificationWorkBuilder
{
    private string _workId = "INC-1001:2:requester";
    private DateTimeOffset _notBefore = BuilderDefaults.Instant;
    private DeliveryTarget _target = DeliveryTarget.ToPerson(BuilderDefaults.Requester);
    private Reply _message = Reply.Say("Your incident **INC-1001** (Printer on fire) is now **In Progress**: Bob is working on it.");
    private string? _messageKey;
    private bool _essential;

    public static NotificationWorkBuilder ANotification() => new();

    public NotificationWorkBuilder WithId(string workId)
    {
        _workId = workId;
        return this;
    }

    public NotificationWorkBuilder NotBefore(DateTimeOffset notBefore)
    {
        _notBefore = notBefore;
        return this;
    }

    public NotificationWorkBuilder ToPerson(UserIdentity person)
    {
        _target = DeliveryTarget.ToPerson(person);
        return this;
    }

    public NotificationWorkBuilder ToConversation(ConversationAddress conversation)
    {
        _target = DeliveryTarget.ToConversation(conversation);
        return this;
    }

    public NotificationWorkBuilder Saying(Reply message)
    {
        _message = message;
        return this;
    }

    /// <summary>Posted the first time, updated in place under <paramref name="messageKey"/> afterwards.</summary>
    public NotificationWorkBuilder WithMessageKey(string messageKey)
    {
        _messageKey = messageKey;
        return this;
    }

    /// <summary>Sent even to a person who turned non-essential notifications off.</summary>
    public NotificationWorkBuilder Essential()
    {
        _essential = true;
        return this;
    }

    public NotificationWork Build() => new(_workId, _notBefore, _target, _message, _messageKey, _essential);
}
