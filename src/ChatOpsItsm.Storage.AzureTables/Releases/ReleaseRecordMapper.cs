using System.Text.Json;
using Azure.Data.Tables;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using ChatOpsItsm.Storage.AzureTables.Tickets;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Releases;

/// <summary>
/// A release's record row <c>t|N</c> ↔ <see cref="ReleaseSnapshot"/>. Enums by name, instants in UTC, the changes as
/// one JSON property (<c>Changes</c>, split over <c>Changes1</c>… past 32,000 characters), <c>IndexKeys</c> and <c>WriteId</c>.
/// </summary>
internal static class ReleaseRecordMapper
{
    private const string Schema = "Schema";
    private const string Title = "Title";
    private const string Service = "Service";
    private const string WindowStart = "WindowStart";
    private const string WindowEnd = "WindowEnd";
    private const string State = "State";
    private const string Changes = "Changes";
    private const string Owner = "Owner";
    private const string OwnerName = "OwnerName";
    private const string Channel = "Channel";
    private const string CreatedAt = "CreatedAt";
    private const string UpdatedAt = "UpdatedAt";
    private const string DeployedAt = "DeployedAt";
    private const string ClosedAt = "ClosedAt";
    private const string EventCount = "EventCount";
    private const int CurrentSchema = 1;

    /// <summary>Four chunks of 32,000 characters: 50 changes with long, escaped titles fit.</summary>
    private const int MaxChangesChunks = 4;

    public static TableEntity ToEntity(string partition, ReleaseSnapshot release, IReadOnlyList<string> indexKeys, Guid writeId)
    {
        ArgumentNullException.ThrowIfNull(release);
        TableEntity entity = new(partition, TicketKeys.Record(release.Id))
        {
            [Schema] = CurrentSchema,
            [Title] = release.Title,
            [Service] = release.Service,
            [State] = release.State.ToString(),
            [Owner] = release.Owner.ToString(),
            [OwnerName] = release.OwnerName,
            [Channel] = release.Channel,
            [CreatedAt] = Utc(release.CreatedAt),
            [UpdatedAt] = Utc(release.UpdatedAt),
            [EventCount] = release.EventCount,
            [WriteIds.PropertyName] = writeId,
        };
        RecordIndexKeys.Write(entity, indexKeys);
        SetOptional(entity, WindowStart, Utc(release.Window?.Start));
        SetOptional(entity, WindowEnd, Utc(release.Window?.End));
        SetOptional(entity, DeployedAt, Utc(release.DeployedAt));
        SetOptional(entity, ClosedAt, Utc(release.ClosedAt));
        List<ReleaseChangeJson> changes = [.. release.Changes.Select(c => new ReleaseChangeJson(c.Id.ToString(), c.Title))];
        ChunkedStringProperty.Write(entity, Changes, JsonSerializer.Serialize(changes, ReleasesJsonContext.Default.ListReleaseChangeJson), MaxChangesChunks);
        return entity;
    }

    public static ReleaseSnapshot ToSnapshot(TicketId id, TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new ReleaseSnapshot(
            id,
            RequiredString(entity, Title),
            RequiredString(entity, Service),
            Window(entity),
            RequiredEnum<ReleaseState>(entity, State),
            ReadChanges(entity),
            RequiredIdentity(entity, Owner),
            RequiredString(entity, OwnerName),
            RequiredString(entity, Channel),
            RequiredTime(entity, CreatedAt),
            RequiredTime(entity, UpdatedAt),
            entity.GetDateTimeOffset(DeployedAt),
            entity.GetDateTimeOffset(ClosedAt),
            RequiredInt32(entity, EventCount));
    }

    /// <summary>The window of a record or an index row; null when the release has none.</summary>
    public static ChangeWindow? Window(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.GetDateTimeOffset(WindowStart) is { } start && entity.GetDateTimeOffset(WindowEnd) is { } end
            ? new ChangeWindow(start, end)
            : null;
    }

    private static List<ReleaseChange> ReadChanges(TableEntity entity)
    {
        string json = ChunkedStringProperty.Read(entity, Changes, MaxChangesChunks) ?? "[]";
        List<ReleaseChangeJson> changes = JsonSerializer.Deserialize(json, ReleasesJsonContext.Default.ListReleaseChangeJson)
            ?? throw new InvalidOperationException($"The changes of {entity.RowKey} are not readable.");
        return [.. changes.Select(c => new ReleaseChange(TicketId.Parse(c.Id), c.Title))];
    }
}
