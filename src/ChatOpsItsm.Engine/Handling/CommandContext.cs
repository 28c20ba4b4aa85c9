using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Engine.Handling;

/// <summary>One inbound event being handled: who sent it, and the audit stamp (actor, channel, instant) of its changes.</summary>
public sealed record CommandContext(InboundEvent Event, Person Person, ActionContext Action)
{
    public DateTimeOffset Now => Action.At;
}
