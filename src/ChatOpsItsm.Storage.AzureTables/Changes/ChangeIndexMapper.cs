using Azure.Data.Tables;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Changes;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Changes;

/// <summary>
/// A change listing index row ↔ <see cref="ChangeSummary"/>. Each row repeats the summary fields, so a listing is one
/// range query with no second read of the records.
/// </summary>
internal static class ChangeIndexMapper
{
    private const string Number = "Number";
    private const string Title = "Title";
    private const string Type = "Type";
    private const string Risk = "Risk";
    private const string Service = "Service";
    private const string State = "State";
    private const string PlannedStart = "PlannedStart";
    private const string PlannedEnd = "PlannedEnd";
    private const string Requester = "Requester";
    private const string RequesterName = "RequesterName";
    private const string UpdatedAt = "UpdatedAt";
    private const string StartedAt = "StartedAt";

    /// <summary>The properties a listing selects.</summary>
    public static IReadOnlyList<string> Properties { get; } =
        [Number, Title, Type, Risk, Service, State, PlannedStart, PlannedEnd, Requester, RequesterName, UpdatedAt, StartedAt];

    public static TableEntity ToEntity(string partition, string rowKey, ChangeSnapshot change)
    {
        ArgumentNullException.ThrowIfNull(change);
        TableEntity entity = new(partition, rowKey)
        {
            [Number] = change.Id.Number,
            [Title] = change.Title,
            [Type] = change.Type.ToString(),
            [Risk] = change.Risk.ToString(),
            [Service] = change.Service,
            [State] = change.State.ToString(),
            [PlannedStart] = Utc(change.PlannedWindow.Start),
            [PlannedEnd] = Utc(change.PlannedWindow.End),
            [Requester] = change.Requester.ToString(),
            [RequesterName] = change.RequesterName,
            [UpdatedAt] = Utc(change.UpdatedAt),
        };
        SetOptional(entity, StartedAt, Utc(change.StartedAt));
        return entity;
    }

    public static ChangeSummary ToSummary(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new ChangeSummary(
            new TicketId(TicketType.Change, RequiredInt64(entity, Number)),
            RequiredString(entity, Title),
            RequiredEnum<ChangeType>(entity, Type),
            RequiredEnum<ChangeRisk>(entity, Risk),
            RequiredString(entity, Service),
            RequiredEnum<ChangeState>(entity, State),
            new ChangeWindow(RequiredTime(entity, PlannedStart), RequiredTime(entity, PlannedEnd)),
            RequiredIdentity(entity, Requester),
            RequiredString(entity, RequesterName),
            RequiredTime(entity, UpdatedAt))
        {
            StartedAt = entity.GetDateTimeOffset(StartedAt),
        };
    }
}
