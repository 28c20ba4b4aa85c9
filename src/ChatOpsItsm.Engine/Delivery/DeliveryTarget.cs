using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Engine.Delivery;

/// <summary>Where a notification goes: a conversation (a route, a war room) or a person (a direct message).</summary>
public sealed record DeliveryTarget
{
    private DeliveryTarget(ConversationAddress? conversation, UserIdentity? person)
    {
        Conversation = conversation;
        Person = person;
    }

    public ConversationAddress? Conversation { get; }

    public UserIdentity? Person { get; }

    public static DeliveryTarget ToConversation(ConversationAddress conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return new DeliveryTarget(conversation, null);
    }

    public static DeliveryTarget ToPerson(UserIdentity person) => new(null, person);

    public override string ToString() => Conversation?.ToString() ?? $"dm {Person}";
}
