using Azure.Data.Tables;
using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using ChatOpsItsm.Storage.AzureTables.Tickets;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Problems;

/// <summary>
/// A problem's record row <c>t|N</c> ↔ <see cref="ProblemSnapshot"/>. Enums by name, instants in UTC, the linked
/// incidents as their ids, comma-separated, in the order linked (<c>Incidents</c>, empty when none). Like every ticket
/// record, the row lists the index rows written with it (<c>IndexKeys</c>) and carries its <c>WriteId</c>.
/// </summary>
internal static class ProblemRecordMapper
{
    private const string Schema = "Schema";
    private const string Title = "Title";
    private const string Service = "Service";
    private const string State = "State";
    private const string Incidents = "Incidents";
    private const string RootCause = "RootCause";
    private const string Workaround = "Workaround";
    private const string Resolution = "Resolution";
    private const string Requester = "Requester";
    private const string RequesterName = "RequesterName";
    private const string Channel = "Channel";
    private const string CreatedAt = "CreatedAt";
    private const string UpdatedAt = "UpdatedAt";
    private const string KnownErrorAt = "KnownErrorAt";
    private const string ResolvedAt = "ResolvedAt";
    private const string ClosedAt = "ClosedAt";
    private const string EventCount = "EventCount";
    private const int CurrentSchema = 1;

    public static TableEntity ToEntity(string partition, ProblemSnapshot problem, IReadOnlyList<string> indexKeys, Guid writeId)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(indexKeys);
        TableEntity entity = new(partition, TicketKeys.Record(problem.Id))
        {
            [Schema] = CurrentSchema,
            [Title] = problem.Title,
            [Service] = problem.Service,
            [State] = problem.State.ToString(),
            [Incidents] = string.Join(',', problem.Incidents),
            [Requester] = problem.Requester.ToString(),
            [RequesterName] = problem.RequesterName,
            [Channel] = problem.Channel,
            [CreatedAt] = Utc(problem.CreatedAt),
            [UpdatedAt] = Utc(problem.UpdatedAt),
            [EventCount] = problem.EventCount,
            [WriteIds.PropertyName] = writeId,
        };
        RecordIndexKeys.Write(entity, indexKeys);
        SetOptional(entity, RootCause, problem.RootCause);
        SetOptional(entity, Workaround, problem.Workaround);
        SetOptional(entity, Resolution, problem.Resolution);
        SetOptional(entity, KnownErrorAt, Utc(problem.KnownErrorAt));
        SetOptional(entity, ResolvedAt, Utc(problem.ResolvedAt));
        SetOptional(entity, ClosedAt, Utc(problem.ClosedAt));
        return entity;
    }

    public static ProblemSnapshot ToSnapshot(TicketId id, TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new ProblemSnapshot(
            id,
            RequiredString(entity, Title),
            RequiredString(entity, Service),
            RequiredEnum<ProblemState>(entity, State),
            IncidentsOf(entity),
            entity.GetString(RootCause),
            entity.GetString(Workaround),
            entity.GetString(Resolution),
            RequiredIdentity(entity, Requester),
            RequiredString(entity, RequesterName),
            RequiredString(entity, Channel),
            RequiredTime(entity, CreatedAt),
            RequiredTime(entity, UpdatedAt),
            entity.GetDateTimeOffset(KnownErrorAt),
            entity.GetDateTimeOffset(ResolvedAt),
            entity.GetDateTimeOffset(ClosedAt),
            RequiredInt32(entity, EventCount));
    }

    private static List<TicketId> IncidentsOf(TableEntity entity)
    {
        string text = entity.GetString(Incidents) ?? "";
        List<TicketId> ids = [];
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            ids.Add(TicketId.TryParse(part, out TicketId id) && id.Type == TicketType.Incident
                ? id
                : throw new InvalidDataException($"The record {entity.RowKey} holds '{part}' among its incidents."));
        }

        return ids;
    }
}
