using Azure.Data.Tables;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Sla;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using ChatOpsItsm.Storage.AzureTables.Tickets;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Incidents;

/// <summary>
/// An incident's record row <c>t|N</c> ↔ <see cref="IncidentSnapshot"/>. Enums are stored by name, instants in
/// UTC, durations as ticks. A major incident is one JSON property (<c>Major</c>, split over <c>Major1</c>… past 32,000
/// characters) and the major incident a child is part of is its id (<c>PartOf</c>); rows written before either existed
/// read back without them. The row also lists the index rows written with it (<c>IndexKeys</c>), so a later save
/// deletes exactly the rows that exist, and carries the <c>WriteId</c> of the write that produced it.
/// </summary>
internal static class IncidentRecordMapper
{
    private const string Schema = "Schema";
    private const string Title = "Title";
    private const string Description = "Description";
    private const string Service = "Service";
    private const string Impact = "Impact";
    private const string Urgency = "Urgency";
    private const string State = "State";
    private const string Requester = "Requester";
    private const string RequesterName = "RequesterName";
    private const string Assignee = "Assignee";
    private const string AssigneeName = "AssigneeName";
    private const string Channel = "Channel";
    private const string CreatedAt = "CreatedAt";
    private const string UpdatedAt = "UpdatedAt";
    private const string RespondedAt = "RespondedAt";
    private const string ResolvedAt = "ResolvedAt";
    private const string ClosedAt = "ClosedAt";
    private const string Resolution = "Resolution";
    private const string HoldReason = "HoldReason";
    private const string SlaResponseTicks = "SlaResponseTicks";
    private const string SlaResolutionTicks = "SlaResolutionTicks";
    private const string SlaStartedAt = "SlaStartedAt";
    private const string SlaPausedForTicks = "SlaPausedForTicks";
    private const string SlaPausedSince = "SlaPausedSince";
    private const string ReopenCount = "ReopenCount";
    private const string EventCount = "EventCount";
    private const string Major = "Major";
    private const int CurrentSchema = 1;

    /// <summary>
    /// Twelve chunks of 32,000 characters, 768 KB of the 1 MiB row: the largest major incident <see cref="MajorLimits"/>
    /// allows, with every character of its text escaped to six (non-ASCII), is about 340,000 characters.
    /// </summary>
    public const int MaxMajorChunks = 12;

    public static TableEntity ToEntity(string partition, IncidentSnapshot incident, IReadOnlyList<string> indexKeys, Guid writeId)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(indexKeys);
        TableEntity entity = new(partition, TicketKeys.Record(incident.Id))
        {
            [Schema] = CurrentSchema,
            [Title] = incident.Title,
            [Description] = incident.Description,
            [Service] = incident.Service,
            [Impact] = incident.Impact.ToString(),
            [Urgency] = incident.Urgency.ToString(),
            [State] = incident.State.ToString(),
            [Requester] = incident.Requester.ToString(),
            [RequesterName] = incident.RequesterName,
            [Channel] = incident.Channel,
            [CreatedAt] = Utc(incident.CreatedAt),
            [UpdatedAt] = Utc(incident.UpdatedAt),
            [ReopenCount] = incident.ReopenCount,
            [EventCount] = incident.EventCount,
            [WriteIds.PropertyName] = writeId,
        };
        RecordIndexKeys.Write(entity, indexKeys);
        SetOptional(entity, Assignee, incident.Assignee?.ToString());
        SetOptional(entity, AssigneeName, incident.AssigneeName);
        SetOptional(entity, RespondedAt, Utc(incident.RespondedAt));
        SetOptional(entity, ResolvedAt, Utc(incident.ResolvedAt));
        SetOptional(entity, ClosedAt, Utc(incident.ClosedAt));
        SetOptional(entity, Resolution, incident.Resolution);
        SetOptional(entity, HoldReason, incident.HoldReason?.ToString());
        WriteSla(entity, incident.SlaTarget, incident.SlaClock);
        if (incident.Major is { } major)
        {
            ChunkedStringProperty.Write(entity, Major, MajorIncidentMapper.ToJson(major), MaxMajorChunks);
        }

        PartOfProperty.Write(entity, incident.PartOf);
        return entity;
    }

    public static IncidentSnapshot ToSnapshot(TicketId id, TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new IncidentSnapshot(
            id,
            RequiredString(entity, Title),
            RequiredString(entity, Description),
            RequiredString(entity, Service),
            RequiredEnum<Impact>(entity, Impact),
            RequiredEnum<Urgency>(entity, Urgency),
            RequiredEnum<IncidentState>(entity, State),
            RequiredIdentity(entity, Requester),
            RequiredString(entity, RequesterName),
            OptionalIdentity(entity, Assignee),
            entity.GetString(AssigneeName),
            RequiredString(entity, Channel),
            RequiredTime(entity, CreatedAt),
            RequiredTime(entity, UpdatedAt),
            entity.GetDateTimeOffset(RespondedAt),
            entity.GetDateTimeOffset(ResolvedAt),
            entity.GetDateTimeOffset(ClosedAt),
            entity.GetString(Resolution),
            OptionalEnum<HoldReason>(entity, HoldReason),
            ReadSlaTarget(entity),
            ReadSlaClock(entity),
            RequiredInt32(entity, ReopenCount),
            RequiredInt32(entity, EventCount),
            ReadMajor(entity),
            PartOfProperty.Read(entity));
    }

    private static MajorIncident? ReadMajor(TableEntity entity) =>
        ChunkedStringProperty.Read(entity, Major, MaxMajorChunks) is { } json ? MajorIncidentMapper.FromJson(json, entity.RowKey) : null;

    private static void WriteSla(TableEntity entity, SlaTarget target, SlaClock clock)
    {
        entity[SlaResponseTicks] = target.Response.Ticks;
        entity[SlaResolutionTicks] = target.Resolution.Ticks;
        entity[SlaStartedAt] = Utc(clock.StartedAt);
        entity[SlaPausedForTicks] = clock.PausedFor.Ticks;
        SetOptional(entity, SlaPausedSince, Utc(clock.PausedSince));
    }

    private static SlaTarget ReadSlaTarget(TableEntity entity) => new(
        TimeSpan.FromTicks(RequiredInt64(entity, SlaResponseTicks)),
        TimeSpan.FromTicks(RequiredInt64(entity, SlaResolutionTicks)));

    private static SlaClock ReadSlaClock(TableEntity entity) => new(
        RequiredTime(entity, SlaStartedAt),
        TimeSpan.FromTicks(RequiredInt64(entity, SlaPausedForTicks)),
        entity.GetDateTimeOffset(SlaPausedSince));
}
