using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.ChangeBuilder;

namespace ChatOpsItsm.Domain.Tests.Changes;

public sealed class ChangeIncidentLinkTests
{
    private static readonly TicketId Inc1001 = new(TicketType.Incident, 1001);
    private static readonly TicketId Inc1002 = new(TicketType.Incident, 1002);

    [Theory]
    [InlineData(ChangeState.Implementing)]
    [InlineData(ChangeState.Review)]
    [InlineData(ChangeState.Closed)]
    public void LinkIncident_StartedChange_LinksAndAudits(ChangeState state)
    {
        Change change = AChange().InState(state).WithEventsStored().Build();

        DomainResult result = change.LinkIncident(Inc1001, AnActionContext().Build());

        Assert.True(result.Succeeded);
        Assert.Equal([Inc1001], change.LinkedIncidents);
        AuditEvent linked = Assert.Single(change.PendingEvents);
        Assert.Equal(AuditActions.Linked, linked.Action);
        FieldChange field = Assert.Single(linked.Changes);
        Assert.Equal(("incident", null, "INC-1001"), (field.Field, field.OldValue, field.NewValue));
    }

    [Fact]
    public void LinkIncident_Twice_IsRefusedAsUnchangedAndRecordsNothing()
    {
        Change change = AChange().InState(ChangeState.Implementing).Build();
        change.LinkIncident(Inc1001, AnActionContext().Build());
        change.MarkEventsStored();

        DomainResult again = change.LinkIncident(Inc1001, AnActionContext().Build());

        Assert.Equal(DomainErrorCodes.Unchanged, again.Error!.Code);
        Assert.Equal([Inc1001], change.LinkedIncidents);
        Assert.Empty(change.PendingEvents);
    }

    [Fact]
    public void LinkIncident_ChangeNotYetStarted_IsRefused()
    {
        Change change = AChange().InState(ChangeState.Scheduled).WithEventsStored().Build();

        DomainResult result = change.LinkIncident(Inc1001, AnActionContext().Build());

        Assert.Equal(DomainErrorCodes.InvalidTransition, result.Error!.Code);
        Assert.Empty(change.LinkedIncidents);
        Assert.Empty(change.PendingEvents);
    }

    [Fact]
    public void LinkIncident_AtTheBound_IsRefused()
    {
        Change change = AChange().InState(ChangeState.Implementing).Build();
        for (int n = 0; n < ChangeLimits.MaxLinkedIncidents; n++)
        {
            Assert.True(change.LinkIncident(new TicketId(TicketType.Incident, 2000 + n), AnActionContext().Build()).Succeeded);
        }

        DomainResult result = change.LinkIncident(Inc1001, AnActionContext().Build());

        Assert.Equal(DomainErrorCodes.Validation, result.Error!.Code);
        Assert.Equal(ChangeLimits.MaxLinkedIncidents, change.LinkedIncidents.Count);
    }

    [Fact]
    public void LinkIncident_NotAnIncident_Throws()
    {
        Change change = AChange().InState(ChangeState.Implementing).Build();

        Assert.Throws<ArgumentException>(() => change.LinkIncident(new TicketId(TicketType.Change, 1001), AnActionContext().Build()));
    }

    [Fact]
    public void UnlinkIncident_Linked_UnlinksAndAudits()
    {
        Change change = AChange().InState(ChangeState.Implementing).Build();
        change.LinkIncident(Inc1001, AnActionContext().Build());
        change.LinkIncident(Inc1002, AnActionContext().Build());
        change.MarkEventsStored();

        DomainResult result = change.UnlinkIncident(Inc1001, AnActionContext().Build());

        Assert.True(result.Succeeded);
        Assert.Equal([Inc1002], change.LinkedIncidents);
        AuditEvent unlinked = Assert.Single(change.PendingEvents);
        Assert.Equal(AuditActions.Unlinked, unlinked.Action);
        Assert.Equal("INC-1001", Assert.Single(unlinked.Changes).OldValue);
    }

    [Fact]
    public void UnlinkIncident_NotLinked_IsRefusedAsUnchanged()
    {
        Change change = AChange().InState(ChangeState.Implementing).WithEventsStored().Build();

        DomainResult result = change.UnlinkIncident(Inc1001, AnActionContext().Build());

        Assert.Equal(DomainErrorCodes.Unchanged, result.Error!.Code);
        Assert.Empty(change.PendingEvents);
    }

    [Fact]
    public void Snapshot_WithLinkedIncidents_RoundTrips()
    {
        Change change = AChange().InState(ChangeState.Implementing).Build();
        change.LinkIncident(Inc1001, AnActionContext().Build());

        Change copy = Change.FromSnapshot(change.ToSnapshot());

        Assert.Equal([Inc1001], copy.LinkedIncidents);
        Assert.Equal(change.StartedAt, copy.StartedAt);
    }
}
