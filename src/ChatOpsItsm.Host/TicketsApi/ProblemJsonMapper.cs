using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.Host.TicketsApi.Protocol;

namespace ChatOpsItsm.Host.TicketsApi;

/// <summary>Turns problems, their audit events and listing entries into the REST API's JSON.</summary>
internal static class ProblemJsonMapper
{
    public static JsonProblemDetails ToDetails(ProblemWithHistory found)
    {
        ArgumentNullException.ThrowIfNull(found);
        ProblemSnapshot record = found.Problem.ToSnapshot();
        return new JsonProblemDetails
        {
            Id = record.Id.ToString(),
            Type = "problem",
            Title = record.Title,
            Service = record.Service,
            State = ProblemStates.DisplayName(record.State),
            Incidents = [.. record.Incidents.Select(incident => incident.ToString())],
            RootCause = record.RootCause,
            Workaround = record.Workaround,
            Resolution = record.Resolution,
            Requester = TicketJsonMapper.Person(record.Requester, record.RequesterName),
            Channel = record.Channel,
            CreatedAt = record.CreatedAt,
            UpdatedAt = record.UpdatedAt,
            KnownErrorAt = record.KnownErrorAt,
            ResolvedAt = record.ResolvedAt,
            ClosedAt = record.ClosedAt,
            Audit = [.. found.History.Select(TicketJsonMapper.ToEvent)],
        };
    }

    public static JsonProblemSummary ToSummary(ProblemSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new JsonProblemSummary
        {
            Id = summary.Id.ToString(),
            Title = summary.Title,
            Service = summary.Service,
            State = ProblemStates.DisplayName(summary.State),
            Workaround = summary.Workaround,
            IncidentCount = summary.IncidentCount,
            UpdatedAt = summary.UpdatedAt,
        };
    }
}
