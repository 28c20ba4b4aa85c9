using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ChangeBuilder;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;

namespace ChatOpsItsm.Domain.Tests.Changes;

/// <summary>
/// Every state × every operation of Change.Lifecycle.cs, Change.Editing.cs and Change.Voting.cs. The allowed pairs
/// are listed once in <see cref="AllowedTable"/>; the refused ones are written out in full below, and a test checks
/// the two lists together cover the 9 × 10 grid exactly.
/// </summary>
public sealed partial class ChangeLifecycleTests
{
    private static readonly UserIdentity Grace = new("local", "grace");
    private static readonly UserIdentity Heidi = new("discord", "175928847299117063");

    /// <summary>Someone other than the builder's actors, elsewhere, between submission and the planned start.</summary>
    private static readonly ActionContext Acting = AnActionContext()
        .By(Heidi, "Heidi")
        .InChannel("discord:1234567890")
        .At(BuilderDefaults.Instant + TimeSpan.FromMinutes(45))
        .Build();

    private static readonly (ChangeState From, ChangeOperation Operation, ChangeState To)[] AllowedTable =
    [
        (ChangeState.Draft, ChangeOperation.Revise, ChangeState.Draft),
        (ChangeState.Draft, ChangeOperation.Assign, ChangeState.Draft),
        (ChangeState.Draft, ChangeOperation.Submit, ChangeState.Authorize),
        (ChangeState.Draft, ChangeOperation.Cancel, ChangeState.Canceled),
        (ChangeState.Authorize, ChangeOperation.Assign, ChangeState.Authorize),
        (ChangeState.Authorize, ChangeOperation.Vote, ChangeState.Authorize),
        (ChangeState.Authorize, ChangeOperation.Cancel, ChangeState.Canceled),
        (ChangeState.Scheduled, ChangeOperation.Assign, ChangeState.Scheduled),
        (ChangeState.Scheduled, ChangeOperation.Start, ChangeState.Implementing),
        (ChangeState.Scheduled, ChangeOperation.Cancel, ChangeState.Canceled),
        (ChangeState.Implementing, ChangeOperation.Assign, ChangeState.Implementing),
        (ChangeState.Implementing, ChangeOperation.Complete, ChangeState.Review),
        (ChangeState.Implementing, ChangeOperation.Fail, ChangeState.Failed),
        (ChangeState.Review, ChangeOperation.Assign, ChangeState.Review),
        (ChangeState.Review, ChangeOperation.Close, ChangeState.Closed),
        (ChangeState.Failed, ChangeOperation.Assign, ChangeState.Failed),
        (ChangeState.Failed, ChangeOperation.Review, ChangeState.Review),
    ];

    public static TheoryData<ChangeState, ChangeOperation, ChangeState> AllowedTransitions() =>
        new(AllowedTable.Select(row => (row.From, row.Operation, row.To)));

    public static TheoryData<ChangeState, ChangeOperation> AllowedOperations() =>
        new(AllowedTable.Select(row => (row.From, row.Operation)));

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void Operation_AllowedInState_MovesToExpectedState(ChangeState from, ChangeOperation operation, ChangeState to)
    {
        Change change = AChange().InState(from).Build();

        DomainResult result = Apply(change, operation);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(to, change.State);
    }

    [Theory]
    [MemberData(nameof(AllowedOperations))]
    public void Operation_AllowedInState_AppendsExactlyOneEventStampedWithTheContext(ChangeState from, ChangeOperation operation)
    {
        Change change = AChange().InState(from).Build();
        int before = change.PendingEvents.Count;
        ActionContext context = ContextFor(change, operation);

        Apply(change, operation);

        Assert.Equal(before + 1, change.PendingEvents.Count);
        AuditEvent appended = change.PendingEvents[^1];
        Assert.Equal(ChangeDraftDefaults.ChangeId, appended.Ticket);
        Assert.Equal(before + 1, appended.Sequence);
        Assert.Equal(context.At, appended.At);
        Assert.Equal(context.Actor, appended.Actor);
        Assert.Equal(context.ActorName, appended.ActorName);
        Assert.Equal(context.Channel, appended.Channel);
    }

    [Theory]
    [MemberData(nameof(AllowedOperations))]
    public void Operation_AllowedInState_StampsUpdatedAtAndCountsTheEvent(ChangeState from, ChangeOperation operation)
    {
        Change change = AChange().InState(from).Build();
        int eventCount = change.ToSnapshot().EventCount;

        Apply(change, operation);

        Assert.Equal(ContextFor(change, operation).At, change.UpdatedAt);
        Assert.Equal(eventCount + 1, change.ToSnapshot().EventCount);
    }

    [Theory]
    [InlineData(ChangeState.Draft, ChangeOperation.Vote)]
    [InlineData(ChangeState.Draft, ChangeOperation.Start)]
    [InlineData(ChangeState.Draft, ChangeOperation.Complete)]
    [InlineData(ChangeState.Draft, ChangeOperation.Fail)]
    [InlineData(ChangeState.Draft, ChangeOperation.Review)]
    [InlineData(ChangeState.Draft, ChangeOperation.Close)]
    [InlineData(ChangeState.Authorize, ChangeOperation.Revise)]
    [InlineData(ChangeState.Authorize, ChangeOperation.Submit)]
    [InlineData(ChangeState.Authorize, ChangeOperation.Start)]
    [InlineData(ChangeState.Authorize, ChangeOperation.Complete)]
    [InlineData(ChangeState.Authorize, ChangeOperation.Fail)]
    [InlineData(ChangeState.Authorize, ChangeOperation.Review)]
    [InlineData(ChangeState.Authorize, ChangeOperation.Close)]
    [InlineData(ChangeState.Scheduled, ChangeOperation.Revise)]
    [InlineData(ChangeState.Scheduled, ChangeOperation.Submit)]
    [InlineData(ChangeState.Scheduled, ChangeOperation.Vote)]
    [InlineData(ChangeState.Scheduled, ChangeOperation.Complete)]
    [InlineData(ChangeState.Scheduled, ChangeOperation.Fail)]
    [InlineData(ChangeState.Scheduled, ChangeOperation.Review)]
    [InlineData(ChangeState.Scheduled, ChangeOperation.Close)]
    [InlineData(ChangeState.Implementing, ChangeOperation.Revise)]
    [InlineData(ChangeState.Implementing, ChangeOperation.Submit)]
    [InlineData(ChangeState.Implementing, ChangeOperation.Vote)]
    [InlineData(ChangeState.Implementing, ChangeOperation.Start)]
    [InlineData(ChangeState.Implementing, ChangeOperation.Review)]
    [InlineData(ChangeState.Implementing, ChangeOperation.Close)]
    [InlineData(ChangeState.Implementing, ChangeOperation.Cancel)]
    [InlineData(ChangeState.Review, ChangeOperation.Revise)]
    [InlineData(ChangeState.Review, ChangeOperation.Submit)]
    [InlineData(ChangeState.Review, ChangeOperation.Vote)]
    [InlineData(ChangeState.Review, ChangeOperation.Start)]
    [InlineData(ChangeState.Review, ChangeOperation.Complete)]
    [InlineData(ChangeState.Review, ChangeOperation.Fail)]
    [InlineData(ChangeState.Review, ChangeOperation.Review)]
    [InlineData(ChangeState.Review, ChangeOperation.Cancel)]
    [InlineData(ChangeState.Closed, ChangeOperation.Revise)]
    [InlineData(ChangeState.Closed, ChangeOperation.Assign)]
    [InlineData(ChangeState.Closed, ChangeOperation.Submit)]
    [InlineData(ChangeState.Closed, ChangeOperation.Vote)]
    [InlineData(ChangeState.Closed, ChangeOperation.Start)]
    [InlineData(ChangeState.Closed, ChangeOperation.Complete)]
    [InlineData(ChangeState.Closed, ChangeOperation.Fail)]
    [InlineData(ChangeState.Closed, ChangeOperation.Review)]
    [InlineData(ChangeState.Closed, ChangeOperation.Close)]
    [InlineData(ChangeState.Closed, ChangeOperation.Cancel)]
    [InlineData(ChangeState.Rejected, ChangeOperation.Revise)]
    [InlineData(ChangeState.Rejected, ChangeOperation.Assign)]
    [InlineData(ChangeState.Rejected, ChangeOperation.Submit)]
    [InlineData(ChangeState.Rejected, ChangeOperation.Vote)]
    [InlineData(ChangeState.Rejected, ChangeOperation.Start)]
    [InlineData(ChangeState.Rejected, ChangeOperation.Complete)]
    [InlineData(ChangeState.Rejected, ChangeOperation.Fail)]
    [InlineData(ChangeState.Rejected, ChangeOperation.Review)]
    [InlineData(ChangeState.Rejected, ChangeOperation.Close)]
    [InlineData(ChangeState.Rejected, ChangeOperation.Cancel)]
    [InlineData(ChangeState.Failed, ChangeOperation.Revise)]
    [InlineData(ChangeState.Failed, ChangeOperation.Submit)]
    [InlineData(ChangeState.Failed, ChangeOperation.Vote)]
    [InlineData(ChangeState.Failed, ChangeOperation.Start)]
    [InlineData(ChangeState.Failed, ChangeOperation.Complete)]
    [InlineData(ChangeState.Failed, ChangeOperation.Fail)]
    [InlineData(ChangeState.Failed, ChangeOperation.Close)]
    [InlineData(ChangeState.Failed, ChangeOperation.Cancel)]
    [InlineData(ChangeState.Canceled, ChangeOperation.Revise)]
    [InlineData(ChangeState.Canceled, ChangeOperation.Assign)]
    [InlineData(ChangeState.Canceled, ChangeOperation.Submit)]
    [InlineData(ChangeState.Canceled, ChangeOperation.Vote)]
    [InlineData(ChangeState.Canceled, ChangeOperation.Start)]
    [InlineData(ChangeState.Canceled, ChangeOperation.Complete)]
    [InlineData(ChangeState.Canceled, ChangeOperation.Fail)]
    [InlineData(ChangeState.Canceled, ChangeOperation.Review)]
    [InlineData(ChangeState.Canceled, ChangeOperation.Close)]
    [InlineData(ChangeState.Canceled, ChangeOperation.Cancel)]
    public void Operation_RefusedInState_ChangesNothingAndNamesIdAndState(ChangeState from, ChangeOperation operation)
    {
        Change change = AChange().InState(from).Build();
        ChangeSnapshot before = change.ToSnapshot();
        List<AuditEvent> eventsBefore = [.. change.PendingEvents];
        bool voteDecided = operation == ChangeOperation.Vote && change.Voting?.Decision is not null;

        DomainResult result = Apply(change, operation);

        Assert.False(result.Succeeded);
        Assert.Equal(voteDecided ? DomainErrorCodes.VotingClosed : DomainErrorCodes.InvalidTransition, result.Error!.Code);
        Assert.StartsWith(
            voteDecided ? "The vote on CHG-1001 is closed: " : $"CHG-1001 is {ChangeStates.Phrase(from)}, so it can't be ",
            result.Error.Message,
            StringComparison.Ordinal);
        Assert.Equal(before, change.ToSnapshot());
        Assert.Equal(eventsBefore, change.PendingEvents);
    }

    [Fact]
    public void Transitions_AllowedAndRefusedTables_CoverEveryStateAndOperationOnce()
    {
        HashSet<(ChangeState, ChangeOperation)> allowed = [.. AllowedTable.Select(row => (row.From, row.Operation))];
        HashSet<(ChangeState, ChangeOperation)> refused = [.. RefusedPairs()];
        // Linking an incident moves no state; ChangeIncidentLinkTests covers it.
        ChangeOperation[] operations = [.. Enum.GetValues<ChangeOperation>().Where(op => op is not ChangeOperation.View and not ChangeOperation.Link)];

        HashSet<(ChangeState, ChangeOperation)> grid =
            [.. Enum.GetValues<ChangeState>().SelectMany(state => operations.Select(op => (state, op)))];

        Assert.Equal(9 * 10, grid.Count);
        Assert.Equal(17, allowed.Count);
        Assert.Equal(73, refused.Count);
        Assert.Empty(allowed.Intersect(refused));
        Assert.True(grid.SetEquals(allowed.Union(refused)));
    }

    /// <summary>
    /// <see cref="Acting"/>, except that starting happens at the planned start (no change starts early) and a vote
    /// is cast by Erin, a CAB member who has not voted in any built change.
    /// </summary>
    private static ActionContext ContextFor(Change change, ChangeOperation operation) => operation switch
    {
        ChangeOperation.Start => Acting with { At = change.PlannedWindow.Start },
        ChangeOperation.Vote => Acting with { Actor = Approvers.Erin.PrimaryIdentity, ActorName = "Erin" },
        _ => Acting,
    };

    /// <summary>Calls the method behind <paramref name="operation"/> with arguments it accepts.</summary>
    private static DomainResult Apply(Change change, ChangeOperation operation)
    {
        ActionContext context = ContextFor(change, operation);
        return operation switch
        {
            ChangeOperation.Revise => change.Revise(ChangeDraftBuilder.AChangeDraft().WithTitle("Patch both mail relays").Build(), context),
            ChangeOperation.Assign => change.Assign(Grace, "Grace", context),
            ChangeOperation.Submit => change.Submit(ApprovalPolicies.Default, [], null, context),
            ChangeOperation.Vote => change.Vote(Approvers.Erin, VoteChoice.Approve, "Fine by me.", context),
            ChangeOperation.Start => change.Start(context),
            ChangeOperation.Complete => change.Complete("Both relays patched.", context),
            ChangeOperation.Fail => change.Fail("Relay 2 did not come back.", context),
            ChangeOperation.Review => change.BeginReview("Rolled back from the snapshots.", context),
            ChangeOperation.Close => change.Close("Lessons written up.", context),
            ChangeOperation.Cancel => change.Cancel("Superseded by CHG-1002.", context),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not a lifecycle operation."),
        };
    }

    /// <summary>The refused pairs, read back from the InlineData of the refusal test so the two cannot drift.</summary>
    private static IEnumerable<(ChangeState, ChangeOperation)> RefusedPairs() =>
        typeof(ChangeLifecycleTests)
            .GetMethod(nameof(Operation_RefusedInState_ChangesNothingAndNamesIdAndState))!
            .GetCustomAttributes(typeof(InlineDataAttribute), inherit: false)
            .Cast<InlineDataAttribute>()
            .Select(data => ((ChangeState)data.Data[0]!, (ChangeOperation)data.Data[1]!));
}
