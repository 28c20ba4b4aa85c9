using Azure.Data.Tables;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Releases;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Releases;

/// <summary>A release listing index row ↔ <see cref="ReleaseSummary"/>: each row repeats the summary, so a listing is one range query.</summary>
internal static class ReleaseIndexMapper
{
    private const string Number = "Number";
    private const string Title = "Title";
    private const string Service = "Service";
    private const string State = "State";
    private const string WindowStart = "WindowStart";
    private const string WindowEnd = "WindowEnd";
    private const string ChangeCount = "ChangeCount";
    private const string Owner = "Owner";
    private const string OwnerName = "OwnerName";
    private const string UpdatedAt = "UpdatedAt";

    /// <summary>The properties a listing selects.</summary>
    public static IReadOnlyList<string> Properties { get; } =
        [Number, Title, Service, State, WindowStart, WindowEnd, ChangeCount, Owner, OwnerName, UpdatedAt];

    public static TableEntity ToEntity(string partition, string rowKey, ReleaseSnapshot release)
    {
        ArgumentNullException.ThrowIfNull(release);
        TableEntity entity = new(partition, rowKey)
        {
            [Number] = release.Id.Number,
            [Title] = release.Title,
            [Service] = release.Service,
            [State] = release.State.ToString(),
            [ChangeCount] = release.Changes.Count,
            [Owner] = release.Owner.ToString(),
            [OwnerName] = release.OwnerName,
            [UpdatedAt] = Utc(release.UpdatedAt),
        };
        SetOptional(entity, WindowStart, Utc(release.Window?.Start));
        SetOptional(entity, WindowEnd, Utc(release.Window?.End));
        return entity;
    }

    public static ReleaseSummary ToSummary(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new ReleaseSummary(
            new TicketId(TicketType.Release, RequiredInt64(entity, Number)),
            RequiredString(entity, Title),
            RequiredString(entity, Service),
            RequiredEnum<ReleaseState>(entity, State),
            ReleaseRecordMapper.Window(entity),
            RequiredInt32(entity, ChangeCount),
            RequiredIdentity(entity, Owner),
            RequiredString(entity, OwnerName),
            RequiredTime(entity, UpdatedAt));
    }
}
