using Azure.Data.Tables;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using ChatOpsItsm.Storage.AzureTables.Tickets;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Changes;

/// <summary>
/// A change's record row <c>t|N</c> ↔ <see cref="ChangeSnapshot"/>. Enums by name, instants in UTC, the linked incidents as
/// comma-separated ids (<c>LinkedIncidents</c>, absent when none), the vote as one
/// JSON property (<c>Voting</c>, split over <c>Voting1</c>… past 32,000 characters). Like an incident's, the row lists
/// the index rows written with it (<c>IndexKeys</c>) and carries its <c>WriteId</c>.
/// </summary>
internal static class ChangeRecordMapper
{
    private const string Schema = "Schema";
    private const string Title = "Title";
    private const string Description = "Description";
    private const string Type = "Type";
    private const string Risk = "Risk";
    private const string Impact = "Impact";
    private const string Service = "Service";
    private const string PlannedStart = "PlannedStart";
    private const string PlannedEnd = "PlannedEnd";
    private const string ImplementationPlan = "ImplementationPlan";
    private const string RollbackPlan = "RollbackPlan";
    private const string TemplateName = "TemplateName";
    private const string State = "State";
    private const string Requester = "Requester";
    private const string RequesterName = "RequesterName";
    private const string Assignee = "Assignee";
    private const string AssigneeName = "AssigneeName";
    private const string Channel = "Channel";
    private const string CreatedAt = "CreatedAt";
    private const string UpdatedAt = "UpdatedAt";
    private const string SubmittedAt = "SubmittedAt";
    private const string Voting = "Voting";
    private const string StartedAt = "StartedAt";
    private const string EndedAt = "EndedAt";
    private const string FailureReason = "FailureReason";
    private const string ClosedAt = "ClosedAt";
    private const string EventCount = "EventCount";
    private const string LinkedIncidents = "LinkedIncidents";
    private const int CurrentSchema = 1;

    /// <summary>Eight chunks of 32,000 characters: hundreds of votes with long comments, well inside the 1 MiB row.</summary>
    private const int MaxVotingChunks = 8;

    public static TableEntity ToEntity(string partition, ChangeSnapshot change, IReadOnlyList<string> indexKeys, Guid writeId)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(indexKeys);
        TableEntity entity = new(partition, TicketKeys.Record(change.Id))
        {
            [Schema] = CurrentSchema,
            [Title] = change.Title,
            [Description] = change.Description,
            [Type] = change.Type.ToString(),
            [Risk] = change.Risk.ToString(),
            [Impact] = change.Impact.ToString(),
            [Service] = change.Service,
            [PlannedStart] = Utc(change.PlannedWindow.Start),
            [PlannedEnd] = Utc(change.PlannedWindow.End),
            [ImplementationPlan] = change.ImplementationPlan,
            [RollbackPlan] = change.RollbackPlan,
            [State] = change.State.ToString(),
            [Requester] = change.Requester.ToString(),
            [RequesterName] = change.RequesterName,
            [Channel] = change.Channel,
            [CreatedAt] = Utc(change.CreatedAt),
            [UpdatedAt] = Utc(change.UpdatedAt),
            [EventCount] = change.EventCount,
            [WriteIds.PropertyName] = writeId,
        };
        RecordIndexKeys.Write(entity, indexKeys);
        SetOptional(entity, TemplateName, change.TemplateName);
        SetOptional(entity, Assignee, change.Assignee?.ToString());
        SetOptional(entity, AssigneeName, change.AssigneeName);
        SetOptional(entity, SubmittedAt, Utc(change.SubmittedAt));
        SetOptional(entity, StartedAt, Utc(change.StartedAt));
        SetOptional(entity, EndedAt, Utc(change.EndedAt));
        SetOptional(entity, FailureReason, change.FailureReason);
        SetOptional(entity, ClosedAt, Utc(change.ClosedAt));
        SetOptional(entity, LinkedIncidents, change.LinkedIncidents.Count == 0 ? null : string.Join(',', change.LinkedIncidents));
        if (change.Voting is { } voting)
        {
            ChunkedStringProperty.Write(entity, Voting, ChangeVotingMapper.ToJson(voting), MaxVotingChunks);
        }

        return entity;
    }

    public static ChangeSnapshot ToSnapshot(TicketId id, TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        string? voting = ChunkedStringProperty.Read(entity, Voting, MaxVotingChunks);
        return new ChangeSnapshot(
            id,
            RequiredString(entity, Title),
            RequiredString(entity, Description),
            RequiredEnum<ChangeType>(entity, Type),
            RequiredEnum<ChangeRisk>(entity, Risk),
            RequiredEnum<Impact>(entity, Impact),
            RequiredString(entity, Service),
            new ChangeWindow(RequiredTime(entity, PlannedStart), RequiredTime(entity, PlannedEnd)),
            RequiredString(entity, ImplementationPlan),
            RequiredString(entity, RollbackPlan),
            entity.GetString(TemplateName),
            RequiredEnum<ChangeState>(entity, State),
            RequiredIdentity(entity, Requester),
            RequiredString(entity, RequesterName),
            OptionalIdentity(entity, Assignee),
            entity.GetString(AssigneeName),
            RequiredString(entity, Channel),
            RequiredTime(entity, CreatedAt),
            RequiredTime(entity, UpdatedAt),
            entity.GetDateTimeOffset(SubmittedAt),
            voting is null ? null : ChangeVotingMapper.FromJson(voting, entity.RowKey),
            entity.GetDateTimeOffset(StartedAt),
            entity.GetDateTimeOffset(EndedAt),
            entity.GetString(FailureReason),
            entity.GetDateTimeOffset(ClosedAt),
            RequiredInt32(entity, EventCount),
            IncidentsOf(entity));
    }

    /// <summary>The linked incidents, comma-separated ids in the order linked; absent when none.</summary>
    private static List<TicketId> IncidentsOf(TableEntity entity)
    {
        string text = entity.GetString(LinkedIncidents) ?? "";
        return [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(part =>
            TicketId.TryParse(part, out TicketId id) && id.Type == TicketType.Incident
                ? id
                : throw new InvalidDataException($"The record {entity.RowKey} holds '{part}' among its linked incidents."))];
    }
}
