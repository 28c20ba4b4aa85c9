using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Replies;
using NSubstitute;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;

namespace ChatOpsItsm.Engine.Tests.MajorIncidents;

/// <summary>
/// <c>!timeline &lt;text&gt;</c> typed in a conversation: local:war-INC-1001 is INC-1001's war room; local:general is no
/// war room.
/// </summary>
public sealed class WarRoomTimelineHandlerTests : IDisposable
{
    private static readonly ConversationAddress WarRoom = new("local", "war-INC-1001");
    private readonly EngineHarness _harness = new();

    public WarRoomTimelineHandlerTests() =>
        _harness.WarRooms.FindAsync(WarRoom, Arg.Any<CancellationToken>()).Returns(EngineHarness.FirstId);

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("!timeline Failover to DC2 started", "Failover to DC2 started")]
    [InlineData("  !Timeline   Failover to DC2 started  ", "Failover to DC2 started")]
    [InlineData("!timeline major update INC-1001 is not a command here", "major update INC-1001 is not a command here")]
    public async Task Timeline_InAWarRoom_AddsTheRestToItsIncidentsTimeline(string typed, string expected)
    {
        Incident incident = _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(InWarRoom(Chat.Olga, typed));

        AuditEvent entry = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.TimelineEntry, entry.Action);
        Assert.Equal(expected, entry.Text);
        Assert.Equal(WarRoom.ToString(), entry.Channel);
        Assert.Equal("Added to **INC-1001**'s timeline.", reply.Text);
    }

    [Fact]
    public async Task Timeline_ByTheScribeWhoIsARequester_IsAllowed()
    {
        Incident incident = _harness.HoldsMajor();
        incident.AssignMajorRole(MajorRole.Scribe, new RoleHolder(Chat.Dave.Identity, "Dave"), AnActionContext().Build());
        incident.MarkEventsStored();

        await _harness.HandleAsync(InWarRoom(Chat.Dave, "!timeline DNS flushed"));

        Assert.Equal("DNS flushed", Assert.Single(incident.PendingEvents).Text);
    }

    [Fact]
    public async Task Timeline_ByARequesterWithoutARole_IsRefusedAndSavesNothing()
    {
        _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(InWarRoom(Chat.Alice, "!timeline It works for me"));

        Assert.Equal("Only agents, on-call engineers and the major incident's role holders can do that.", reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Timeline_OutsideAWarRoom_PointsAtMajorNote()
    {
        _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Says("!timeline Failover started"));

        Assert.Equal("This isn't a war room; use `major note <id> <text>`.", reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }

    [Theory]
    [InlineData("!timeline")]
    [InlineData("!timeline    ")]
    public async Task Timeline_WithoutText_AnswersWithTheUsage(string typed)
    {
        _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(InWarRoom(Chat.Olga, typed));

        Assert.Equal("Usage, in a war room: `!timeline <what happened>`.", reply.Text);
        await _harness.WarRooms.DidNotReceive().FindAsync(Arg.Any<ConversationAddress>(), Arg.Any<CancellationToken>());
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Timeline_AnotherWordStartingTheSame_IsNoTimelineLine()
    {
        _harness.HoldsMajor();

        await _harness.HandleAsync(InWarRoom(Chat.Olga, "!timelines are hard"));

        await _harness.WarRooms.DidNotReceive().FindAsync(Arg.Any<ConversationAddress>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Timeline_ClosedIncident_IsTheDomainsRefusal()
    {
        _harness.HoldsMajor(IncidentState.Closed);

        Reply reply = await _harness.ReplyToAsync(InWarRoom(Chat.Olga, "!timeline Too late"));

        Assert.Equal("INC-1001 is Closed, so it can't be given a timeline entry.", reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Timeline_WarRoomOfAnIncidentGone_IsNotFound()
    {
        _harness.WarRooms.FindAsync(WarRoom, Arg.Any<CancellationToken>()).Returns(new TicketId(TicketType.Incident, 1009));

        Reply reply = await _harness.ReplyToAsync(InWarRoom(Chat.Olga, "!timeline Failover started"));

        Assert.Equal("I can't find INC-1009.", reply.Text);
    }

    private static InboundMessage InWarRoom(ChannelUser user, string text) => new(Chat.EventId, user, WarRoom, text);
}
