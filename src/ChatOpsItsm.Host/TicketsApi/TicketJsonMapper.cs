using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Host.TicketsApi.Protocol;

namespace ChatOpsItsm.Host.TicketsApi;

/// <summary>What every ticket's JSON shares: audit events and the people on it.</summary>
internal static class TicketJsonMapper
{
    public static JsonAuditEvent ToEvent(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        return new JsonAuditEvent
        {
            Sequence = auditEvent.Sequence,
            At = auditEvent.At,
            Actor = auditEvent.Actor.ToString(),
            ActorName = auditEvent.ActorName,
            Channel = auditEvent.Channel,
            Action = auditEvent.Action,
            Changes = [.. auditEvent.Changes.Select(change => new JsonFieldChange { Field = change.Field, Old = change.OldValue, New = change.NewValue })],
            Text = auditEvent.Text,
        };
    }

    public static JsonTicketPerson Person(UserIdentity identity, string name) => new() { Id = identity.ToString(), Name = name };

    /// <summary>An enum value as the API writes it: <c>high</c>, <c>normal</c>.</summary>
    public static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
