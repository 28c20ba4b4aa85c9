using Azure.Data.Tables;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Incidents;

/// <summary>
/// A listing index row ↔ <see cref="IncidentSummary"/>. Each row repeats the summary fields, so a listing is
/// one range query with no second read of the records. Rows written before <c>ReportedAt</c>, <c>IsMajor</c> and
/// <c>PartOf</c> existed read as reported at their last update, not major, part of nothing.
/// </summary>
internal static class IncidentIndexMapper
{
    private const string Number = "Number";
    private const string Title = "Title";
    private const string Service = "Service";
    private const string Priority = "Priority";
    private const string State = "State";
    private const string Requester = "Requester";
    private const string RequesterName = "RequesterName";
    private const string Assignee = "Assignee";
    private const string AssigneeName = "AssigneeName";
    private const string UpdatedAt = "UpdatedAt";
    private const string ReportedAt = "ReportedAt";
    private const string IsMajor = "IsMajor";

    /// <summary>The properties a listing selects.</summary>
    public static IReadOnlyList<string> Properties { get; } =
        [Number, Title, Service, Priority, State, Requester, RequesterName, Assignee, AssigneeName, UpdatedAt, ReportedAt, IsMajor, PartOfProperty.Name];

    public static TableEntity ToEntity(string partition, string rowKey, IncidentSnapshot incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        TableEntity entity = new(partition, rowKey)
        {
            [Number] = incident.Id.Number,
            [Title] = incident.Title,
            [Service] = incident.Service,
            [Priority] = (int)PriorityMatrix.Of(incident.Impact, incident.Urgency),
            [State] = incident.State.ToString(),
            [Requester] = incident.Requester.ToString(),
            [RequesterName] = incident.RequesterName,
            [UpdatedAt] = Utc(incident.UpdatedAt),
            [ReportedAt] = Utc(incident.CreatedAt),
            [IsMajor] = incident.Major is not null,
        };
        SetOptional(entity, Assignee, incident.Assignee?.ToString());
        SetOptional(entity, AssigneeName, incident.AssigneeName);
        PartOfProperty.Write(entity, incident.PartOf);
        return entity;
    }

    public static IncidentSummary ToSummary(TicketType type, TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        int priority = RequiredInt32(entity, Priority);
        DateTimeOffset updatedAt = RequiredTime(entity, UpdatedAt);
        return new IncidentSummary(
            new TicketId(type, RequiredInt64(entity, Number)),
            RequiredString(entity, Title),
            RequiredString(entity, Service),
            Enum.IsDefined((Priority)priority) ? (Priority)priority : throw new InvalidDataException($"Row '{entity.RowKey}' has priority {priority}."),
            RequiredEnum<IncidentState>(entity, State),
            RequiredIdentity(entity, Requester),
            RequiredString(entity, RequesterName),
            OptionalIdentity(entity, Assignee),
            entity.GetString(AssigneeName),
            updatedAt)
        {
            ReportedAt = entity.GetDateTimeOffset(ReportedAt) ?? updatedAt,
            IsMajor = entity.GetBoolean(IsMajor) ?? false,
            PartOf = PartOfProperty.Read(entity),
        };
    }
}
