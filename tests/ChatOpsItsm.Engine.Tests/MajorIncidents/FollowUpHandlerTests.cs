using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Replies;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.MajorIncidents;

/// <summary><c>major action</c> on INC-1001, a major incident with Bob in command: the text, the owner, the limits.</summary>
public sealed class FollowUpHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Action_WithoutOwner_AddsActionOne()
    {
        Incident incident = _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major action INC-1001 Alert on relay queue depth"));

        FollowUpAction action = Assert.Single(incident.Major!.Actions);
        Assert.Equal(1, action.Number);
        Assert.Equal("Alert on relay queue depth", action.Text);
        Assert.Null(action.Owner);
        Assert.Equal(AuditActions.ActionAdded, Assert.Single(incident.PendingEvents).Action);
        Assert.Equal(
            "Action 1 on **INC-1001**: Alert on relay queue depth\n"
            + "Raise it with `major raise INC-1001 1 problem` or `major raise INC-1001 1 change`.",
            reply.Text);
    }

    [Theory]
    [InlineData("major action INC-1001 Alert on relay queue depth @olga", "local:olga", "olga")]
    [InlineData("major action INC-1001 Alert on relay queue depth me", "local:bob", "Bob")]
    [InlineData("major action INC-1001 Alert on relay queue depth owner:@carol", "local:carol", "carol")]
    public async Task Action_OwnerFromTheTextOrTheOption_IsRecordedAndTakenOffTheText(string typed, string owner, string ownerName)
    {
        Incident incident = _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says(typed));

        FollowUpAction action = Assert.Single(incident.Major!.Actions);
        Assert.Equal("Alert on relay queue depth", action.Text);
        Assert.Equal(owner, action.Owner?.ToString());
        Assert.StartsWith($"Action 1 on **INC-1001**, owned by {ownerName}: Alert on relay queue depth", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_OwnerOption_LeavesATrailingMentionInTheText()
    {
        Incident incident = _harness.HoldsMajor();

        await _harness.HandleAsync(Chat.Bob.Says("major action INC-1001 Ask @dave about the relay owner:me"));

        FollowUpAction action = Assert.Single(incident.Major!.Actions);
        Assert.Equal("Ask @dave about the relay", action.Text);
        Assert.Equal(Chat.Bob.Identity, action.Owner);
    }

    [Fact]
    public async Task Action_AfterTheIncidentEnded_IsStillAdded()
    {
        Incident incident = _harness.HoldsMajor(IncidentState.Closed);

        await _harness.HandleAsync(Chat.Bob.Says("major action INC-1001 Write the runbook"));

        Assert.Single(incident.Major!.Actions);
    }

    [Fact]
    public async Task Action_ByAScribeWhoIsARequester_IsAllowed()
    {
        Incident incident = _harness.HoldsMajor();
        incident.AssignMajorRole(MajorRole.Scribe, new RoleHolder(Chat.Dave.Identity, "Dave"), AnActionContext().Build());
        incident.MarkEventsStored();

        await _harness.HandleAsync(Chat.Dave.Says("major action INC-1001 Write the runbook"));

        Assert.Single(incident.Major!.Actions);
    }

    [Theory]
    [InlineData("alice", "major action INC-1001 Write the runbook", "Only agents, on-call engineers and the major incident's role holders can do that.")]
    [InlineData("bob", "major action INC-1001", "What must be done? Usage: `major action <id> <text> [owner:]`")]
    [InlineData("bob", "major action INC-1001 Write it owner:\"no one\"", "`no one` is not a person: write me, @name or platform:id.")]
    [InlineData("bob", "major action INC-1009 Write it", "I can't find INC-1009.")]
    public async Task Action_Refused_SavesNothing(string who, string typed, string expected)
    {
        Incident incident = _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(Chat.Named(who).Says(typed));

        Assert.Equal(expected, reply.Text);
        Assert.Empty(incident.Major!.Actions);
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Action_NotMajor_SaysToDeclareItFirst()
    {
        _harness.Holds(AnIncident().WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major action INC-1001 Write the runbook"));

        Assert.Equal("INC-1001 is not a major incident: declare it first with `major declare INC-1001`.", reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }
}
