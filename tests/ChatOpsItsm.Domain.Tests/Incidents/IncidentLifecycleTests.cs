using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Domain.Tests.Incidents;

/// <summary>
/// Every state × every operation of Incident.Lifecycle.cs. The allowed pairs are listed once in
/// <see cref="AllowedTable"/>; the refused ones are written out in full below, and a test checks the two
/// lists together cover the 6 × 8 grid exactly.
/// </summary>
public sealed partial class IncidentLifecycleTests
{
    private static readonly UserIdentity Carol = new("local", "carol");
    private static readonly UserIdentity Dave = new("discord", "80351110224678912");

    /// <summary>Someone other than the builder's actors, elsewhere and later, so the event's stamp is traceable.</summary>
    private static readonly ActionContext Acting = AnActionContext()
        .By(Dave, "Dave")
        .InChannel("discord:1234567890")
        .At(BuilderDefaults.Instant + TimeSpan.FromMinutes(45))
        .Build();

    private static readonly (IncidentState From, IncidentOperation Operation, IncidentState To)[] AllowedTable =
    [
        (IncidentState.New, IncidentOperation.Assign, IncidentState.InProgress),
        (IncidentState.New, IncidentOperation.Note, IncidentState.New),
        (IncidentState.New, IncidentOperation.Cancel, IncidentState.Canceled),
        (IncidentState.InProgress, IncidentOperation.Assign, IncidentState.InProgress),
        (IncidentState.InProgress, IncidentOperation.Note, IncidentState.InProgress),
        (IncidentState.InProgress, IncidentOperation.Hold, IncidentState.OnHold),
        (IncidentState.InProgress, IncidentOperation.Resolve, IncidentState.Resolved),
        (IncidentState.InProgress, IncidentOperation.Cancel, IncidentState.Canceled),
        (IncidentState.OnHold, IncidentOperation.Assign, IncidentState.OnHold),
        (IncidentState.OnHold, IncidentOperation.Note, IncidentState.OnHold),
        (IncidentState.OnHold, IncidentOperation.Resume, IncidentState.InProgress),
        (IncidentState.OnHold, IncidentOperation.Resolve, IncidentState.Resolved),
        (IncidentState.OnHold, IncidentOperation.Cancel, IncidentState.Canceled),
        (IncidentState.Resolved, IncidentOperation.Note, IncidentState.Resolved),
        (IncidentState.Resolved, IncidentOperation.Close, IncidentState.Closed),
        (IncidentState.Resolved, IncidentOperation.Reopen, IncidentState.InProgress),
    ];

    public static TheoryData<IncidentState, IncidentOperation, IncidentState> AllowedTransitions() =>
        new(AllowedTable.Select(row => (row.From, row.Operation, row.To)));

    public static TheoryData<IncidentState, IncidentOperation> AllowedOperations() =>
        new(AllowedTable.Select(row => (row.From, row.Operation)));

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void Operation_AllowedInState_MovesToExpectedState(IncidentState from, IncidentOperation operation, IncidentState to)
    {
        Incident incident = AnIncident().InState(from).Build();

        DomainResult result = Apply(incident, operation, Acting);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(to, incident.State);
    }

    [Theory]
    [MemberData(nameof(AllowedOperations))]
    public void Operation_AllowedInState_AppendsExactlyOneEventStampedWithTheContext(IncidentState from, IncidentOperation operation)
    {
        Incident incident = AnIncident().InState(from).Build();
        int before = incident.PendingEvents.Count;

        Apply(incident, operation, Acting);

        Assert.Equal(before + 1, incident.PendingEvents.Count);
        AuditEvent appended = incident.PendingEvents[^1];
        Assert.Equal(BuilderDefaults.IncidentId, appended.Ticket);
        Assert.Equal(before + 1, appended.Sequence);
        Assert.Equal(Acting.At, appended.At);
        Assert.Equal(Dave, appended.Actor);
        Assert.Equal("Dave", appended.ActorName);
        Assert.Equal("discord:1234567890", appended.Channel);
    }

    [Theory]
    [MemberData(nameof(AllowedOperations))]
    public void Operation_AllowedInState_StampsUpdatedAtAndCountsTheEvent(IncidentState from, IncidentOperation operation)
    {
        Incident incident = AnIncident().InState(from).Build();
        int eventCount = incident.ToSnapshot().EventCount;

        Apply(incident, operation, Acting);

        Assert.Equal(Acting.At, incident.UpdatedAt);
        Assert.Equal(eventCount + 1, incident.ToSnapshot().EventCount);
    }

    [Theory]
    [InlineData(IncidentState.New, IncidentOperation.Hold)]
    [InlineData(IncidentState.New, IncidentOperation.Resume)]
    [InlineData(IncidentState.New, IncidentOperation.Resolve)]
    [InlineData(IncidentState.New, IncidentOperation.Close)]
    [InlineData(IncidentState.New, IncidentOperation.Reopen)]
    [InlineData(IncidentState.InProgress, IncidentOperation.Resume)]
    [InlineData(IncidentState.InProgress, IncidentOperation.Close)]
    [InlineData(IncidentState.InProgress, IncidentOperation.Reopen)]
    [InlineData(IncidentState.OnHold, IncidentOperation.Hold)]
    [InlineData(IncidentState.OnHold, IncidentOperation.Close)]
    [InlineData(IncidentState.OnHold, IncidentOperation.Reopen)]
    [InlineData(IncidentState.Resolved, IncidentOperation.Assign)]
    [InlineData(IncidentState.Resolved, IncidentOperation.Hold)]
    [InlineData(IncidentState.Resolved, IncidentOperation.Resume)]
    [InlineData(IncidentState.Resolved, IncidentOperation.Resolve)]
    [InlineData(IncidentState.Resolved, IncidentOperation.Cancel)]
    [InlineData(IncidentState.Closed, IncidentOperation.Assign)]
    [InlineData(IncidentState.Closed, IncidentOperation.Note)]
    [InlineData(IncidentState.Closed, IncidentOperation.Hold)]
    [InlineData(IncidentState.Closed, IncidentOperation.Resume)]
    [InlineData(IncidentState.Closed, IncidentOperation.Resolve)]
    [InlineData(IncidentState.Closed, IncidentOperation.Close)]
    [InlineData(IncidentState.Closed, IncidentOperation.Reopen)]
    [InlineData(IncidentState.Closed, IncidentOperation.Cancel)]
    [InlineData(IncidentState.Canceled, IncidentOperation.Assign)]
    [InlineData(IncidentState.Canceled, IncidentOperation.Note)]
    [InlineData(IncidentState.Canceled, IncidentOperation.Hold)]
    [InlineData(IncidentState.Canceled, IncidentOperation.Resume)]
    [InlineData(IncidentState.Canceled, IncidentOperation.Resolve)]
    [InlineData(IncidentState.Canceled, IncidentOperation.Close)]
    [InlineData(IncidentState.Canceled, IncidentOperation.Reopen)]
    [InlineData(IncidentState.Canceled, IncidentOperation.Cancel)]
    public void Operation_RefusedInState_ChangesNothingAndNamesIdAndState(IncidentState from, IncidentOperation operation)
    {
        Incident incident = AnIncident().InState(from).Build();
        IncidentSnapshot before = incident.ToSnapshot();
        List<AuditEvent> eventsBefore = [.. incident.PendingEvents];

        DomainResult result = Apply(incident, operation, Acting);

        Assert.False(result.Succeeded);
        Assert.Equal(DomainErrorCodes.InvalidTransition, result.Error!.Code);
        Assert.StartsWith($"INC-1001 is {IncidentStates.DisplayName(from)}, so it can't be ", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(before, incident.ToSnapshot());
        Assert.Equal(eventsBefore, incident.PendingEvents);
    }

    [Theory]
    [InlineData(IncidentState.New, IncidentOperation.Resolve, "INC-1001 is New, so it can't be resolved: assign it first.")]
    [InlineData(IncidentState.New, IncidentOperation.Hold, "INC-1001 is New, so it can't be put on hold: assign it first.")]
    [InlineData(IncidentState.InProgress, IncidentOperation.Close, "INC-1001 is In Progress, so it can't be closed: resolve it first.")]
    [InlineData(IncidentState.OnHold, IncidentOperation.Close, "INC-1001 is On Hold, so it can't be closed: resolve it first.")]
    [InlineData(IncidentState.OnHold, IncidentOperation.Hold, "INC-1001 is On Hold, so it can't be put on hold.")]
    [InlineData(IncidentState.InProgress, IncidentOperation.Reopen, "INC-1001 is In Progress, so it can't be reopened.")]
    [InlineData(IncidentState.Resolved, IncidentOperation.Cancel, "INC-1001 is Resolved, so it can't be canceled.")]
    [InlineData(IncidentState.Closed, IncidentOperation.Note, "INC-1001 is Closed, so it can't be given a note: open a new incident instead.")]
    [InlineData(IncidentState.Canceled, IncidentOperation.Resume, "INC-1001 is Canceled, so it can't be resumed.")]
    public void Operation_RefusedInState_MessageSaysWhatToDoInstead(IncidentState from, IncidentOperation operation, string message)
    {
        Incident incident = AnIncident().InState(from).Build();

        DomainResult result = Apply(incident, operation, Acting);

        Assert.Equal(message, result.Error!.Message);
    }

    [Fact]
    public void Transitions_AllowedAndRefusedTables_CoverEveryStateAndOperationOnce()
    {
        HashSet<(IncidentState, IncidentOperation)> allowed = [.. AllowedTable.Select(row => (row.From, row.Operation))];
        HashSet<(IncidentState, IncidentOperation)> refused = [.. RefusedPairs()];
        IncidentOperation[] operations = [.. Enum.GetValues<IncidentOperation>().Where(op => op != IncidentOperation.View)];

        HashSet<(IncidentState, IncidentOperation)> grid =
            [.. Enum.GetValues<IncidentState>().SelectMany(state => operations.Select(op => (state, op)))];

        Assert.Equal(6 * 8, grid.Count);
        Assert.Equal(16, allowed.Count);
        Assert.Equal(32, refused.Count);
        Assert.Empty(allowed.Intersect(refused));
        Assert.True(grid.SetEquals(allowed.Union(refused)));
    }

    /// <summary>Calls the lifecycle method behind <paramref name="operation"/> with arguments it accepts.</summary>
    private static DomainResult Apply(Incident incident, IncidentOperation operation, ActionContext context) => operation switch
    {
        IncidentOperation.Assign => incident.Assign(Carol, "Carol", context),
        IncidentOperation.Note => incident.AddNote("Checked the cables.", context),
        IncidentOperation.Hold => incident.PutOnHold(HoldReason.AwaitingRequester, "Asked for a screenshot.", context),
        IncidentOperation.Resume => incident.Resume(context),
        IncidentOperation.Resolve => incident.Resolve("Replaced the fuser.", context),
        IncidentOperation.Close => incident.Close(context),
        IncidentOperation.Reopen => incident.Reopen("Still smoking.", context),
        IncidentOperation.Cancel => incident.Cancel("Duplicate of INC-1002.", context),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not a lifecycle operation."),
    };

    /// <summary>The refused pairs, read back from the InlineData of the refusal test so the two cannot drift.</summary>
    private static IEnumerable<(IncidentState, IncidentOperation)> RefusedPairs() =>
        typeof(IncidentLifecycleTests)
            .GetMethod(nameof(Operation_RefusedInState_ChangesNothingAndNamesIdAndState))!
            .GetCustomAttributes(typeof(InlineDataAttribute), inherit: false)
            .Cast<InlineDataAttribute>()
            .Select(data => ((IncidentState)data.Data[0]!, (IncidentOperation)data.Data[1]!));
}
