using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ReleaseBuilder;

namespace ChatOpsItsm.Domain.Tests.Releases;

/// <summary>
/// Every state × every operation of Release.Lifecycle.cs and Release.Changes.cs (5 × 6). The allowed pairs are listed
/// once; every other pair must be refused with a reason and change nothing.
/// </summary>
public sealed class ReleaseLifecycleTests
{
    private static readonly ActionContext Acting = new(
        BuilderDefaults.Agent, BuilderDefaults.AgentName, BuilderDefaults.Channel, BuilderDefaults.Instant + TimeSpan.FromMinutes(30));

    private static readonly (ReleaseState From, ReleaseOperation Operation, ReleaseState To)[] AllowedTable =
    [
        (ReleaseState.Planning, ReleaseOperation.AddChange, ReleaseState.Planning),
        (ReleaseState.Planning, ReleaseOperation.RemoveChange, ReleaseState.Planning),
        (ReleaseState.Planning, ReleaseOperation.Build, ReleaseState.Building),
        (ReleaseState.Planning, ReleaseOperation.Cancel, ReleaseState.Canceled),
        (ReleaseState.Building, ReleaseOperation.AddChange, ReleaseState.Building),
        (ReleaseState.Building, ReleaseOperation.RemoveChange, ReleaseState.Building),
        (ReleaseState.Building, ReleaseOperation.Deploy, ReleaseState.Deploying),
        (ReleaseState.Building, ReleaseOperation.Cancel, ReleaseState.Canceled),
        (ReleaseState.Deploying, ReleaseOperation.Close, ReleaseState.Closed),
    ];

    private static readonly ReleaseOperation[] Steps =
    [
        ReleaseOperation.AddChange, ReleaseOperation.RemoveChange, ReleaseOperation.Build,
        ReleaseOperation.Deploy, ReleaseOperation.Close, ReleaseOperation.Cancel,
    ];

    public static TheoryData<ReleaseState, ReleaseOperation, ReleaseState> AllowedTransitions() =>
        new(AllowedTable.Select(row => (row.From, row.Operation, row.To)));

    public static TheoryData<ReleaseState, ReleaseOperation> RefusedOperations() =>
        new(Enum.GetValues<ReleaseState>()
            .SelectMany(state => Steps.Select(operation => (state, operation)))
            .Where(pair => !AllowedTable.Any(row => row.From == pair.state && row.Operation == pair.operation)));

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void Operation_AllowedInState_MovesToExpectedStateAndRecordsOneEvent(ReleaseState from, ReleaseOperation operation, ReleaseState to)
    {
        Release release = ARelease().WithChanges(AScheduledChange(1001)).InState(from).WithEventsStored().Build();

        DomainResult result = Apply(release, operation);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(to, release.State);
        AuditEvent recorded = Assert.Single(release.PendingEvents);
        Assert.Equal(Acting.At, recorded.At);
        Assert.Equal(Acting.At, release.UpdatedAt);
    }

    [Theory]
    [MemberData(nameof(RefusedOperations))]
    public void Operation_NotAllowedInState_IsRefusedAndChangesNothing(ReleaseState from, ReleaseOperation operation)
    {
        Release release = ARelease().WithChanges(AScheduledChange(1001)).InState(from).WithEventsStored().Build();
        ReleaseSnapshot before = release.ToSnapshot();

        DomainResult result = Apply(release, operation);

        Assert.False(result.Succeeded);
        Assert.Equal(DomainErrorCodes.InvalidTransition, result.Error!.Code);
        Assert.StartsWith("RLS-1001 is ", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(before, release.ToSnapshot());
        Assert.Empty(release.PendingEvents);
    }

    [Fact]
    public void Matrix_AllowedAndRefused_CoverEveryStateAndStep()
    {
        int cells = Enum.GetValues<ReleaseState>().Length * Steps.Length;

        Assert.Equal(cells, AllowedTable.Length + RefusedOperations().Count);
    }

    [Theory]
    [InlineData(ReleaseOperation.Build, ReleaseState.Planning)]
    [InlineData(ReleaseOperation.Deploy, ReleaseState.Building)]
    public void BuildOrDeploy_WithoutChanges_IsRefusedWithTheWayOut(ReleaseOperation operation, ReleaseState from)
    {
        Release release = ARelease().InState(from).WithEventsStored().Build();
        release.RemoveChange(new TicketId(TicketType.Change, 1001), Acting);
        release.MarkEventsStored();

        DomainResult result = Apply(release, operation);

        Assert.Contains("has no changes", result.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("release add RLS-1001", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(from, release.State);
    }

    [Fact]
    public void Close_WithChangesNotYetReviewed_NamesThemAndStaysDeploying()
    {
        Release release = ARelease().WithChanges(AScheduledChange(1001), AScheduledChange(1002), AScheduledChange(1003))
            .InState(ReleaseState.Deploying).WithEventsStored().Build();
        Dictionary<TicketId, ChangeState> states = new()
        {
            [Chg(1001)] = ChangeState.Closed,
            [Chg(1002)] = ChangeState.Implementing,
        };

        DomainResult result = release.Close(states, null, Acting);

        Assert.Equal(
            "RLS-1001 can't be closed until every change is in Review or Closed (or canceled); not yet: CHG-1002 (Implementing), CHG-1003 (not found).",
            result.Error!.Message);
        Assert.Equal(ReleaseState.Deploying, release.State);
        Assert.Empty(release.PendingEvents);
    }

    [Fact]
    public void Close_WithACanceledChange_CountsItAsDone()
    {
        Release release = ARelease().WithChanges(AScheduledChange(1001), AScheduledChange(1002))
            .InState(ReleaseState.Deploying).WithEventsStored().Build();
        Dictionary<TicketId, ChangeState> states = new()
        {
            [Chg(1001)] = ChangeState.Review,
            [Chg(1002)] = ChangeState.Canceled,
        };

        DomainResult result = release.Close(states, null, Acting);

        Assert.True(result.Succeeded);
        Assert.Equal(ReleaseState.Closed, release.State);
    }

    [Fact]
    public void Deploy_RecordsWhen()
    {
        Release release = ARelease().InState(ReleaseState.Building).Build();

        release.Deploy(Acting);

        Assert.Equal(Acting.At, release.ToSnapshot().DeployedAt);
        Assert.Equal(AuditActions.Deployed, release.PendingEvents[^1].Action);
    }

    [Fact]
    public void Cancel_KeepsTheReasonVerbatim()
    {
        Release release = ARelease().WithEventsStored().Build();
        const string hostile = "<script>alert(1)</script> ' OR 1=1 -- |~ 🚀";

        release.Cancel(hostile, Acting);

        Assert.Equal(hostile, Assert.Single(release.PendingEvents).Text);
        Assert.Equal(Acting.At, release.ToSnapshot().ClosedAt);
    }

    private static TicketId Chg(long number) => new(TicketType.Change, number);

    private static DomainResult Apply(Release release, ReleaseOperation operation) => operation switch
    {
        ReleaseOperation.AddChange => release.AddChange(AScheduledChange(1002), null, Acting),
        ReleaseOperation.RemoveChange => release.RemoveChange(Chg(1001), Acting),
        ReleaseOperation.Build => release.Build(Acting),
        ReleaseOperation.Deploy => release.Deploy(Acting),
        ReleaseOperation.Close => release.Close(release.Changes.ToDictionary(c => c.Id, _ => ChangeState.Review), null, Acting),
        ReleaseOperation.Cancel => release.Cancel(null, Acting),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}
