using System.Text.Json;
using Azure.Data.Tables;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Storage.AzureTables.Keys;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Tickets;

/// <summary>An audit event row <c>t|N|a|kkkkkk</c> ↔ <see cref="AuditEvent"/>; the field changes are one JSON property.</summary>
internal static class AuditEventMapper
{
    private const string Sequence = "Sequence";
    private const string At = "At";
    private const string Actor = "Actor";
    private const string ActorName = "ActorName";
    private const string Channel = "Channel";
    private const string Action = "Action";
    private const string Changes = "Changes";
    private const string Text = "Text";

    public static TableEntity ToEntity(string partition, AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        List<FieldChangeJson> changes = [.. auditEvent.Changes.Select(change => new FieldChangeJson(change.Field, change.OldValue, change.NewValue))];
        TableEntity entity = new(partition, TicketKeys.Audit(auditEvent.Ticket, auditEvent.Sequence))
        {
            [Sequence] = auditEvent.Sequence,
            [At] = Utc(auditEvent.At),
            [Actor] = auditEvent.Actor.ToString(),
            [ActorName] = auditEvent.ActorName,
            [Channel] = auditEvent.Channel,
            [Action] = auditEvent.Action,
            [Changes] = JsonSerializer.Serialize(changes, StorageJsonContext.Default.ListFieldChangeJson),
        };
        SetOptional(entity, Text, auditEvent.Text);
        return entity;
    }

    public static AuditEvent ToEvent(TicketId ticket, TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        List<FieldChangeJson> changes = JsonSerializer.Deserialize(
            RequiredString(entity, Changes), StorageJsonContext.Default.ListFieldChangeJson) ?? [];
        return new AuditEvent(
            ticket,
            RequiredInt32(entity, Sequence),
            RequiredTime(entity, At),
            RequiredIdentity(entity, Actor),
            RequiredString(entity, ActorName),
            RequiredString(entity, Channel),
            RequiredString(entity, Action),
            [.. changes.Select(change => new FieldChange(change.Field, change.Old, change.New))],
            entity.GetString(Text));
    }
}
