using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ReleaseBuilder;

namespace ChatOpsItsm.Domain.Tests.Releases;

public sealed class ReleaseChangesTests
{
    private static readonly ActionContext Acting = new(
        BuilderDefaults.Agent, BuilderDefaults.AgentName, BuilderDefaults.Channel, BuilderDefaults.Instant + TimeSpan.FromMinutes(30));

    [Fact]
    public void AddChange_Scheduled_IsAddedWithItsTitleAndAudited()
    {
        Release release = ARelease().WithEventsStored().Build();

        DomainResult result = release.AddChange(AScheduledChange(1001), null, Acting);

        Assert.True(result.Succeeded);
        ReleaseChange added = Assert.Single(release.Changes);
        Assert.Equal("CHG-1001", added.Id.ToString());
        AuditEvent e = Assert.Single(release.PendingEvents);
        Assert.Equal(AuditActions.ChangeAdded, e.Action);
        Assert.Equal(new FieldChange("change", null, "CHG-1001"), Assert.Single(e.Changes));
    }

    [Theory]
    [InlineData(ChangeState.Draft, "CHG-1001 is a Draft, so it can't join a release: only approved (Scheduled) changes can.")]
    [InlineData(ChangeState.Authorize, "CHG-1001 is in Authorize, so it can't join a release: only approved (Scheduled) changes can.")]
    [InlineData(ChangeState.Implementing, "CHG-1001 is Implementing, so it can't join a release: only approved (Scheduled) changes can.")]
    [InlineData(ChangeState.Rejected, "CHG-1001 is Rejected, so it can't join a release: only approved (Scheduled) changes can.")]
    [InlineData(ChangeState.Canceled, "CHG-1001 is Canceled, so it can't join a release: only approved (Scheduled) changes can.")]
    public void AddChange_NotScheduled_IsRefusedWithItsState(ChangeState state, string message)
    {
        Release release = ARelease().WithEventsStored().Build();
        Change change = ChangeBuilder.AChange().InState(state).Build();

        DomainResult result = release.AddChange(change, null, Acting);

        Assert.Equal(message, result.Error!.Message);
        Assert.Empty(release.Changes);
        Assert.Empty(release.PendingEvents);
    }

    [Fact]
    public void AddChange_HeldByAnotherOpenRelease_IsRefusedNamingIt()
    {
        Release release = ARelease().WithEventsStored().Build();
        TicketId other = new(TicketType.Release, 1002);

        DomainResult result = release.AddChange(AScheduledChange(1001), other, Acting);

        Assert.Equal("CHG-1001 is already in RLS-1002, which is still open: a change belongs to one release at a time.", result.Error!.Message);
        Assert.Empty(release.Changes);
    }

    [Fact]
    public void AddChange_Twice_IsUnchanged()
    {
        Release release = ARelease().WithChanges(AScheduledChange(1001)).WithEventsStored().Build();

        DomainResult result = release.AddChange(AScheduledChange(1001), release.Id, Acting);

        Assert.Equal(DomainErrorCodes.Unchanged, result.Error!.Code);
        Assert.Single(release.Changes);
        Assert.Empty(release.PendingEvents);
    }

    [Fact]
    public void AddChange_PastTheLimit_IsRefused()
    {
        Release release = ARelease().WithChanges([.. Enumerable.Range(0, ReleaseLimits.MaxChanges).Select(i => AScheduledChange(1001 + i))])
            .WithEventsStored().Build();

        DomainResult result = release.AddChange(AScheduledChange(5000), null, Acting);

        Assert.Equal(DomainErrorCodes.Validation, result.Error!.Code);
        Assert.Equal(ReleaseLimits.MaxChanges, release.Changes.Count);
    }

    [Fact]
    public void RemoveChange_Held_RemovesAndAudits()
    {
        Release release = ARelease().WithChanges(AScheduledChange(1001), AScheduledChange(1002)).WithEventsStored().Build();

        DomainResult result = release.RemoveChange(new TicketId(TicketType.Change, 1001), Acting);

        Assert.True(result.Succeeded);
        Assert.Equal("CHG-1002", Assert.Single(release.Changes).Id.ToString());
        Assert.Equal(new FieldChange("change", "CHG-1001", null), Assert.Single(Assert.Single(release.PendingEvents).Changes));
    }

    [Fact]
    public void RemoveChange_NotHeld_IsRefused()
    {
        Release release = ARelease().WithEventsStored().Build();

        DomainResult result = release.RemoveChange(new TicketId(TicketType.Change, 1009), Acting);

        Assert.Equal("CHG-1009 is not in RLS-1001.", result.Error!.Message);
        Assert.Empty(release.PendingEvents);
    }
}
