using Azure.Data.Tables;
using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Problems;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Problems;

/// <summary>
/// A problem listing index row ↔ <see cref="ProblemSummary"/>. Each row repeats the summary fields (the workaround
/// included), so a listing, and the known-error hint at intake, is one range query with no second read.
/// </summary>
internal static class ProblemIndexMapper
{
    private const string Number = "Number";
    private const string Title = "Title";
    private const string Service = "Service";
    private const string State = "State";
    private const string Workaround = "Workaround";
    private const string IncidentCount = "IncidentCount";
    private const string UpdatedAt = "UpdatedAt";

    /// <summary>The properties a listing selects.</summary>
    public static IReadOnlyList<string> Properties { get; } = [Number, Title, Service, State, Workaround, IncidentCount, UpdatedAt];

    public static TableEntity ToEntity(string partition, string rowKey, ProblemSnapshot problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        TableEntity entity = new(partition, rowKey)
        {
            [Number] = problem.Id.Number,
            [Title] = problem.Title,
            [Service] = problem.Service,
            [State] = problem.State.ToString(),
            [IncidentCount] = problem.Incidents.Count,
            [UpdatedAt] = Utc(problem.UpdatedAt),
        };
        SetOptional(entity, Workaround, problem.Workaround);
        return entity;
    }

    public static ProblemSummary ToSummary(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new ProblemSummary(
            new TicketId(TicketType.Problem, RequiredInt64(entity, Number)),
            RequiredString(entity, Title),
            RequiredString(entity, Service),
            RequiredEnum<ProblemState>(entity, State),
            entity.GetString(Workaround),
            RequiredInt32(entity, IncidentCount),
            RequiredTime(entity, UpdatedAt));
    }
}
