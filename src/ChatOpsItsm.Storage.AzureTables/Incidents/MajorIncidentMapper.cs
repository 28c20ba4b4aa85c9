using System.Text.Json;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Incidents;

/// <summary>
/// <see cref="MajorIncident"/> ↔ its stored JSON, field by field; every field round-trips exactly (instants to the tick,
/// text verbatim). The default encoder escapes non-ASCII and HTML-sensitive characters, so the JSON is ASCII.
/// </summary>
internal static class MajorIncidentMapper
{
    public static string ToJson(MajorIncident major)
    {
        ArgumentNullException.ThrowIfNull(major);
        MajorIncidentJson json = new(
            Utc(major.DeclaredAt),
            ToJson(major.DeclaredBy),
            major.DeclaredIn,
            major.WarRoomParent,
            ToJson(major.Commander),
            major.Communications is null ? null : ToJson(major.Communications),
            major.Scribe is null ? null : ToJson(major.Scribe),
            major.WarRoom,
            major.Cadence.Ticks,
            Utc(major.CadenceFrom),
            major.UpdateCount,
            major.LastUpdate,
            Utc(major.LastUpdateAt),
            Utc(major.SnoozedUntil),
            major.RemindersSent,
            Utc(major.LastReminderAt),
            Utc(major.MitigatedAt),
            Utc(major.EndedAt),
            major.Summary,
            [.. major.LinkedIncidents.Select(id => id.ToString())],
            [.. major.Actions.Select(action => new FollowUpActionJson(
                action.Number, action.Text, action.Owner?.ToString(), action.OwnerName, Utc(action.AddedAt), action.BecameTicket?.ToString()))]);
        return JsonSerializer.Serialize(json, IncidentsJsonContext.Default.MajorIncidentJson);
    }

    /// <exception cref="InvalidDataException">The JSON is not a major incident this mapper wrote.</exception>
    public static MajorIncident FromJson(string text, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            MajorIncidentJson json = JsonSerializer.Deserialize(text, IncidentsJsonContext.Default.MajorIncidentJson) ?? throw Corrupt(rowKey);
            return new MajorIncident(
                json.DeclaredAt,
                ToHolder(json.DeclaredBy, rowKey),
                json.DeclaredIn ?? throw Corrupt(rowKey),
                json.WarRoomParent,
                ToHolder(json.Commander, rowKey),
                json.Communications is null ? null : ToHolder(json.Communications, rowKey),
                json.Scribe is null ? null : ToHolder(json.Scribe, rowKey),
                json.WarRoom,
                TimeSpan.FromTicks(json.CadenceTicks),
                json.CadenceFrom,
                json.UpdateCount,
                json.LastUpdate,
                json.LastUpdateAt,
                json.SnoozedUntil,
                json.RemindersSent,
                json.LastReminderAt,
                json.MitigatedAt,
                json.EndedAt,
                json.Summary,
                [.. (json.LinkedIncidents ?? throw Corrupt(rowKey)).Select(id => ToId(id, rowKey))],
                [.. (json.Actions ?? throw Corrupt(rowKey)).Select(action => ToAction(action, rowKey))]);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            throw new InvalidDataException($"Row '{rowKey}' has no valid major incident.", exception);
        }
    }

    private static RoleHolderJson ToJson(RoleHolder holder) => new(holder.Identity.ToString(), holder.Name);

    private static RoleHolder ToHolder(RoleHolderJson? holder, string rowKey) =>
        holder is null
            ? throw Corrupt(rowKey)
            : new RoleHolder(ToIdentity(holder.Identity, rowKey), holder.Name ?? throw Corrupt(rowKey));

    private static FollowUpAction ToAction(FollowUpActionJson? action, string rowKey) =>
        action is null
            ? throw Corrupt(rowKey)
            : new FollowUpAction(
                action.Number,
                action.Text ?? throw Corrupt(rowKey),
                action.Owner is null ? null : ToIdentity(action.Owner, rowKey),
                action.OwnerName,
                action.AddedAt,
                action.Ticket is null ? null : ToId(action.Ticket, rowKey));

    private static UserIdentity ToIdentity(string? text, string rowKey) =>
        StoredIdentity(text ?? throw Corrupt(rowKey)) ?? throw Corrupt(rowKey);

    private static TicketId ToId(string? text, string rowKey) =>
        TicketId.TryParse(text, out TicketId id) ? id : throw Corrupt(rowKey);

    private static InvalidDataException Corrupt(string rowKey) => new($"Row '{rowKey}' has no valid major incident.");
}
