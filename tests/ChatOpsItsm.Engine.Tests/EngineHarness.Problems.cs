using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.Engine.Storage;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests;

/// <summary>
/// The problem store substitute keeps problems like storage does: each read hands out a fresh copy at its version, a save
/// succeeds only at the current version; listings are computed from the rows as the indexes would hold them.
/// </summary>
internal sealed partial class EngineHarness
{
    private readonly Dictionary<TicketId, (ProblemSnapshot Snapshot, List<AuditEvent> History, int Version)> _problemRows = [];
    private int _problemConflictsToInject;

    /// <summary>The id the substituted store hands to the first problem created.</summary>
    public static TicketId FirstProblemId { get; } = new(TicketType.Problem, TicketId.FirstNumber);

    public IProblemStore Problems { get; } = Substitute.For<IProblemStore>();

    /// <summary>The outbound work the problem store was handed with each create and save, in order.</summary>
    public List<OutboundWork> ProblemOutbound { get; } = [];

    /// <summary>Puts <paramref name="problem"/> in the store with its pending events as its history.</summary>
    public Problem HoldsProblem(Problem problem)
    {
        _problemRows[problem.Id] = (problem.ToSnapshot(), [.. problem.PendingEvents], 1);
        problem.MarkEventsStored();
        return problem;
    }

    /// <summary>The problem as the store holds it now, or null.</summary>
    public Problem? StoredProblem(TicketId id) =>
        _problemRows.TryGetValue(id, out var row) ? Problem.FromSnapshot(row.Snapshot) : null;

    /// <summary>Makes the next <paramref name="count"/> problem saves fail as if another instance wrote first.</summary>
    public void InjectProblemConflicts(int count) => _problemConflictsToInject = count;

    private static bool Matches(ProblemSnapshot p, ProblemQuery query) => query.Kind switch
    {
        ProblemListKind.Open => ProblemStates.IsOpen(p.State),
        ProblemListKind.KnownErrors => p.State == ProblemState.KnownError,
        ProblemListKind.KnownErrorsOnService => p.State == ProblemState.KnownError
            && p.Service.Equals(query.Service?.Trim(), StringComparison.OrdinalIgnoreCase),
        ProblemListKind.ForIncident => query.Incident is { } incident && p.Incidents.Contains(incident),
        _ => true,
    };

    private void KeepProblemsLikeStorage()
    {
        Problems.CreateAsync(Arg.Any<Func<TicketId, Problem>>(), Arg.Any<Func<Problem, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                TicketId id = new(TicketType.Problem, TicketId.FirstNumber + _problemRows.Count);
                Problem problem = call.Arg<Func<TicketId, Problem>>()(id);
                ProblemOutbound.AddRange(call.Arg<Func<Problem, IReadOnlyList<OutboundWork>>>()(problem));
                return HoldsProblem(problem);
            });
        Problems.GetAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>()).Returns(call =>
            _problemRows.TryGetValue(call.Arg<TicketId>(), out var row)
                ? new StoredProblem(Problem.FromSnapshot(row.Snapshot), new RecordVersion($"p{row.Version}"))
                : null);
        Problems.GetWithHistoryAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>()).Returns(call =>
            _problemRows.TryGetValue(call.Arg<TicketId>(), out var row) ? new ProblemWithHistory(Problem.FromSnapshot(row.Snapshot), [.. row.History]) : null);
        Problems.ListAsync(Arg.Any<ProblemQuery>(), Arg.Any<CancellationToken>()).Returns(call =>
        {
            ProblemQuery query = call.Arg<ProblemQuery>();
            List<ProblemSummary> items = [.. _problemRows.Values
                .Select(r => r.Snapshot)
                .Where(p => Matches(p, query))
                .OrderByDescending(p => p.Id.Number)
                .Take(query.PageSize)
                .Select(p => new ProblemSummary(p.Id, p.Title, p.Service, p.State, p.Workaround, p.Incidents.Count, p.UpdatedAt))];
            return new ProblemPage(items, null);
        });
        Problems.SaveAsync(Arg.Any<Problem>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                Problem problem = call.Arg<Problem>();
                var row = _problemRows[problem.Id];
                if (_problemConflictsToInject > 0)
                {
                    _problemConflictsToInject--;
                    _problemRows[problem.Id] = row with { Version = row.Version + 1 };
                    return SaveOutcome.Conflict;
                }

                if (call.Arg<RecordVersion>() != new RecordVersion($"p{row.Version}"))
                {
                    return SaveOutcome.Conflict;
                }

                _problemRows[problem.Id] = (problem.ToSnapshot(), [.. row.History, .. problem.PendingEvents], row.Version + 1);
                ProblemOutbound.AddRange(call.Arg<IReadOnlyList<OutboundWork>>());
                return SaveOutcome.Saved;
            });
    }
}
