using System.Text.Json;
using Azure.Data.Tables;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Storage.AzureTables.Changes;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using ChatOpsItsm.Storage.AzureTables.Tickets;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Requests;

/// <summary>
/// A request's record row <c>t|N</c> ↔ <see cref="RequestSnapshot"/>. The field values are one JSON property
/// (<c>Fields</c>), the vote the change vote's JSON (<c>Voting</c>, split past 32,000 characters); enums by name, instants in UTC.
/// </summary>
internal static class RequestRecordMapper
{
    private const string Schema = "Schema";
    private const string ItemKey = "ItemKey";
    private const string ItemLabel = "ItemLabel";
    private const string Fields = "Fields";
    private const string State = "State";
    private const string Requester = "Requester";
    private const string RequesterName = "RequesterName";
    private const string ApprovalKind = "ApprovalKind";
    private const string Approver = "Approver";
    private const string Voting = "Voting";
    private const string FulfillmentGroup = "FulfillmentGroup";
    private const string Assignee = "Assignee";
    private const string AssigneeName = "AssigneeName";
    private const string Channel = "Channel";
    private const string CreatedAt = "CreatedAt";
    private const string UpdatedAt = "UpdatedAt";
    private const string FulfilledAt = "FulfilledAt";
    private const string Notes = "Notes";
    private const string ClosedAt = "ClosedAt";
    private const string EventCount = "EventCount";
    private const int CurrentSchema = 1;
    private const int MaxChunks = 8;

    public static TableEntity ToEntity(string partition, RequestSnapshot request, IReadOnlyList<string> indexKeys, Guid writeId)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(indexKeys);
        TableEntity entity = new(partition, TicketKeys.Record(request.Id))
        {
            [Schema] = CurrentSchema,
            [ItemKey] = request.ItemKey,
            [ItemLabel] = request.ItemLabel,
            [State] = request.State.ToString(),
            [Requester] = request.Requester.ToString(),
            [RequesterName] = request.RequesterName,
            [ApprovalKind] = request.ApprovalKind.ToString(),
            [FulfillmentGroup] = request.FulfillmentGroup,
            [Channel] = request.Channel,
            [CreatedAt] = Utc(request.CreatedAt),
            [UpdatedAt] = Utc(request.UpdatedAt),
            [EventCount] = request.EventCount,
            [WriteIds.PropertyName] = writeId,
        };
        RecordIndexKeys.Write(entity, indexKeys);
        string fields = JsonSerializer.Serialize(
            [.. request.Fields.Select(f => new RequestFieldJson(f.Name, f.Label, f.Value))], RequestsJsonContext.Default.ListRequestFieldJson);
        ChunkedStringProperty.Write(entity, Fields, fields, MaxChunks);
        SetOptional(entity, Approver, request.Approver?.ToString());
        SetOptional(entity, Assignee, request.Assignee?.ToString());
        SetOptional(entity, AssigneeName, request.AssigneeName);
        SetOptional(entity, FulfilledAt, Utc(request.FulfilledAt));
        SetOptional(entity, Notes, request.Notes);
        SetOptional(entity, ClosedAt, Utc(request.ClosedAt));
        if (request.Voting is { } voting)
        {
            ChunkedStringProperty.Write(entity, Voting, ChangeVotingMapper.ToJson(voting), MaxChunks);
        }

        return entity;
    }

    /// <exception cref="InvalidDataException">The row's fields or vote are not JSON this mapper wrote.</exception>
    public static RequestSnapshot ToSnapshot(TicketId id, TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        string? voting = ChunkedStringProperty.Read(entity, Voting, MaxChunks);
        return new RequestSnapshot(
            id,
            RequiredString(entity, ItemKey),
            RequiredString(entity, ItemLabel),
            ReadFields(ChunkedStringProperty.Read(entity, Fields, MaxChunks) ?? "[]", entity.RowKey),
            RequiredEnum<RequestState>(entity, State),
            RequiredIdentity(entity, Requester),
            RequiredString(entity, RequesterName),
            RequiredEnum<RequestApprovalKind>(entity, ApprovalKind),
            OptionalIdentity(entity, Approver),
            voting is null ? null : ChangeVotingMapper.FromJson(voting, entity.RowKey),
            RequiredString(entity, FulfillmentGroup),
            OptionalIdentity(entity, Assignee),
            entity.GetString(AssigneeName),
            RequiredString(entity, Channel),
            RequiredTime(entity, CreatedAt),
            RequiredTime(entity, UpdatedAt),
            entity.GetDateTimeOffset(FulfilledAt),
            entity.GetString(Notes),
            entity.GetDateTimeOffset(ClosedAt),
            RequiredInt32(entity, EventCount));
    }

    private static List<RequestFieldValue> ReadFields(string json, string rowKey)
    {
        try
        {
            List<RequestFieldJson> fields = JsonSerializer.Deserialize(json, RequestsJsonContext.Default.ListRequestFieldJson)
                ?? throw new InvalidDataException($"Row '{rowKey}' has no valid fields.");
            return [.. fields.Select(f => new RequestFieldValue(f.Name, f.Label, f.Value))];
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"Row '{rowKey}' has no valid fields.", exception);
        }
    }
}
