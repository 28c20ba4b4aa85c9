using Azure.Data.Tables;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Requests;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Requests;

/// <summary>A request listing index row ↔ <see cref="RequestSummary"/>: each row repeats the summary, so a listing is one range query.</summary>
internal static class RequestIndexMapper
{
    private const string Number = "Number";
    private const string ItemKey = "ItemKey";
    private const string ItemLabel = "ItemLabel";
    private const string State = "State";
    private const string Requester = "Requester";
    private const string RequesterName = "RequesterName";
    private const string AssigneeName = "AssigneeName";
    private const string UpdatedAt = "UpdatedAt";

    public static IReadOnlyList<string> Properties { get; } = [Number, ItemKey, ItemLabel, State, Requester, RequesterName, AssigneeName, UpdatedAt];

    public static TableEntity ToEntity(string partition, string rowKey, RequestSnapshot request)
    {
        ArgumentNullException.ThrowIfNull(request);
        TableEntity entity = new(partition, rowKey)
        {
            [Number] = request.Id.Number,
            [ItemKey] = request.ItemKey,
            [ItemLabel] = request.ItemLabel,
            [State] = request.State.ToString(),
            [Requester] = request.Requester.ToString(),
            [RequesterName] = request.RequesterName,
            [UpdatedAt] = Utc(request.UpdatedAt),
        };
        SetOptional(entity, AssigneeName, request.AssigneeName);
        return entity;
    }

    public static RequestSummary ToSummary(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new RequestSummary(
            new TicketId(TicketType.Request, RequiredInt64(entity, Number)),
            RequiredString(entity, ItemKey),
            RequiredString(entity, ItemLabel),
            RequiredEnum<RequestState>(entity, State),
            RequiredIdentity(entity, Requester),
            RequiredString(entity, RequesterName),
            entity.GetString(AssigneeName),
            RequiredTime(entity, UpdatedAt));
    }
}
