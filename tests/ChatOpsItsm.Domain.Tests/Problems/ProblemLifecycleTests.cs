using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.ProblemBuilder;

namespace ChatOpsItsm.Domain.Tests.Problems;

/// <summary>
/// Every state × every operation of Problem.Lifecycle.cs. The allowed pairs are listed once in <see cref="AllowedTable"/>;
/// the refused ones in <see cref="RefusedTable"/>; a test checks the two together cover the 5 × 6 grid exactly.
/// </summary>
public sealed class ProblemLifecycleTests
{
    private static readonly TicketId SecondIncident = new(TicketType.Incident, 1002);

    private static readonly ActionContext Acting = AnActionContext()
        .By(new UserIdentity("discord", "175928847299117063"), "Heidi")
        .InChannel("discord:1234567890")
        .At(BuilderDefaults.Instant + TimeSpan.FromHours(2))
        .Build();

    private static readonly (ProblemState From, ProblemOperation Operation, ProblemState To)[] AllowedTable =
    [
        (ProblemState.New, ProblemOperation.Link, ProblemState.New),
        (ProblemState.New, ProblemOperation.Unlink, ProblemState.New),
        (ProblemState.New, ProblemOperation.RootCause, ProblemState.RootCauseAnalysis),
        (ProblemState.New, ProblemOperation.Workaround, ProblemState.KnownError),
        (ProblemState.RootCauseAnalysis, ProblemOperation.Link, ProblemState.RootCauseAnalysis),
        (ProblemState.RootCauseAnalysis, ProblemOperation.Unlink, ProblemState.RootCauseAnalysis),
        (ProblemState.RootCauseAnalysis, ProblemOperation.RootCause, ProblemState.RootCauseAnalysis),
        (ProblemState.RootCauseAnalysis, ProblemOperation.Workaround, ProblemState.KnownError),
        (ProblemState.RootCauseAnalysis, ProblemOperation.Resolve, ProblemState.Resolved),
        (ProblemState.KnownError, ProblemOperation.Link, ProblemState.KnownError),
        (ProblemState.KnownError, ProblemOperation.Unlink, ProblemState.KnownError),
        (ProblemState.KnownError, ProblemOperation.RootCause, ProblemState.KnownError),
        (ProblemState.KnownError, ProblemOperation.Workaround, ProblemState.KnownError),
        (ProblemState.KnownError, ProblemOperation.Resolve, ProblemState.Resolved),
        (ProblemState.Resolved, ProblemOperation.Close, ProblemState.Closed),
    ];

    private static readonly (ProblemState From, ProblemOperation Operation)[] RefusedTable =
    [
        (ProblemState.New, ProblemOperation.Resolve),
        (ProblemState.New, ProblemOperation.Close),
        (ProblemState.RootCauseAnalysis, ProblemOperation.Close),
        (ProblemState.KnownError, ProblemOperation.Close),
        (ProblemState.Resolved, ProblemOperation.Link),
        (ProblemState.Resolved, ProblemOperation.Unlink),
        (ProblemState.Resolved, ProblemOperation.RootCause),
        (ProblemState.Resolved, ProblemOperation.Workaround),
        (ProblemState.Resolved, ProblemOperation.Resolve),
        (ProblemState.Closed, ProblemOperation.Link),
        (ProblemState.Closed, ProblemOperation.Unlink),
        (ProblemState.Closed, ProblemOperation.RootCause),
        (ProblemState.Closed, ProblemOperation.Workaround),
        (ProblemState.Closed, ProblemOperation.Resolve),
        (ProblemState.Closed, ProblemOperation.Close),
    ];

    public static TheoryData<ProblemState, ProblemOperation, ProblemState> AllowedTransitions() =>
        new(AllowedTable.Select(row => (row.From, row.Operation, row.To)));

    public static TheoryData<ProblemState, ProblemOperation> AllowedOperations() =>
        new(AllowedTable.Select(row => (row.From, row.Operation)));

    public static TheoryData<ProblemState, ProblemOperation> RefusedOperations() =>
        new(RefusedTable.Select(row => (row.From, row.Operation)));

    [Fact]
    public void Tables_TogetherCoverEveryStateAndOperation_Once()
    {
        IEnumerable<(ProblemState, ProblemOperation)> grid =
            from state in Enum.GetValues<ProblemState>()
            from operation in Enum.GetValues<ProblemOperation>().Where(o => o != ProblemOperation.View)
            select (state, operation);
        List<(ProblemState, ProblemOperation)> listed = [.. AllowedTable.Select(r => (r.From, r.Operation)), .. RefusedTable];

        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Equal(grid.OrderBy(p => p).ToList(), listed.OrderBy(p => p).ToList());
    }

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void Operation_AllowedInState_MovesToExpectedState(ProblemState from, ProblemOperation operation, ProblemState to)
    {
        Problem problem = AProblem().InState(from).Build();

        DomainResult result = Apply(problem, operation);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(to, problem.State);
    }

    [Theory]
    [MemberData(nameof(AllowedOperations))]
    public void Operation_AllowedInState_AppendsOneEventStampedWithTheContext(ProblemState from, ProblemOperation operation)
    {
        Problem problem = AProblem().InState(from).Build();
        int before = problem.PendingEvents.Count;

        Apply(problem, operation);

        Assert.Equal(before + 1, problem.PendingEvents.Count);
        AuditEvent appended = problem.PendingEvents[^1];
        Assert.Equal(ProblemId, appended.Ticket);
        Assert.Equal(before + 1, appended.Sequence);
        Assert.Equal(Acting.At, appended.At);
        Assert.Equal(Acting.Actor, appended.Actor);
        Assert.Equal(Acting.Channel, appended.Channel);
        Assert.Equal(Acting.At, problem.UpdatedAt);
        Assert.Equal(before + 1, problem.ToSnapshot().EventCount);
    }

    [Theory]
    [MemberData(nameof(RefusedOperations))]
    public void Operation_RefusedInState_ChangesNothingAndSaysWhy(ProblemState from, ProblemOperation operation)
    {
        Problem problem = AProblem().InState(from).Build();
        ProblemSnapshot before = problem.ToSnapshot();
        int events = problem.PendingEvents.Count;

        DomainResult result = Apply(problem, operation);

        Assert.False(result.Succeeded);
        Assert.Equal(DomainErrorCodes.InvalidTransition, result.Error!.Code);
        Assert.StartsWith($"PRB-1001 is {ProblemStates.Phrase(from)}, so it can't be", result.Error.Message, StringComparison.Ordinal);
        Assert.Same(before, problem.ToSnapshot());
        Assert.Equal(events, problem.PendingEvents.Count);
    }

    [Fact]
    public void Resolve_NewProblem_AsksForTheRootCauseFirst()
    {
        Problem problem = AProblem().Build();

        DomainResult result = problem.Resolve("fixed", Acting);

        Assert.Equal("PRB-1001 is New, so it can't be resolved: record its root cause first (`problem rootcause PRB-1001 <text>`).", result.Error!.Message);
    }

    private static DomainResult Apply(Problem problem, ProblemOperation operation) => operation switch
    {
        ProblemOperation.Link => problem.Link(SecondIncident, Acting),
        ProblemOperation.Unlink => problem.Unlink(BuilderDefaults.IncidentId, Acting),
        ProblemOperation.RootCause => problem.RecordRootCause("DNS cache expires too early.", Acting),
        ProblemOperation.Workaround => problem.RecordWorkaround("Flush the DNS cache.", Acting),
        ProblemOperation.Resolve => problem.Resolve("Raised the cache lifetime.", Acting),
        ProblemOperation.Close => problem.Close(Acting),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}
