using Azure.Data.Tables;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Incidents;

/// <summary>
/// A listing index row ↔ <see cref="IncidentSummary"/>. Each row repeats the summary fields, so a listing is
/// one range query with no second read of the records.
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

    /// <summary>The properties a listing selects.</summary>
    public static IReadOnlyList<string> Properties { get; } =
        [Number, Title, Service, Priority, State, Requester, RequesterName, Assignee, AssigneeName, UpdatedAt];

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
        };
        SetOptional(entity, Assignee, incident.Assignee?.ToString());
        SetOptional(entity, AssigneeName, incident.AssigneeName);
        return entity;
    }

    public static IncidentSummary ToSummary(TicketType type, TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        int priority = RequiredInt32(entity, Priority);
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
            RequiredTime(entity, UpdatedAt));
    }
}
