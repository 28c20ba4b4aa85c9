using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Replies;
using NSubstitute;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.MajorIncidents;

/// <summary><c>major join</c> (the announcement's Join button) from the local chat, on INC-1001, a running major incident.</summary>
public sealed class JoinWarRoomHandlerTests : IDisposable
{
    private static readonly ConversationAddress LocalWarRoom = new("local", "war-INC-1001");
    private static readonly ConversationAddress TeamsWarRoom = new("teams", "19:war-1001@thread.tacv2");
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Join_WarRoomOnTheSamePlatform_RecordsTheJoinAndLinksToIt()
    {
        Incident incident = HoldsMajorWithWarRoom(LocalWarRoom);
        _harness.LocalChannel.LinkTo(LocalWarRoom).Returns("[the war room](https://chat.example/#war-INC-1001)");

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Clicks("major.join", ("id", "INC-1001")));

        AuditEvent joined = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.Joined, joined.Action);
        Assert.Equal(Chat.Alice.Identity, joined.Actor);
        Assert.Equal("You joined **INC-1001**. Its war room: [the war room](https://chat.example/#war-INC-1001)", reply.Text);
    }

    [Fact]
    public async Task Join_WarRoomOnTheSamePlatformWithoutALink_NamesItsConversation()
    {
        HoldsMajorWithWarRoom(LocalWarRoom);
        _harness.LocalChannel.LinkTo(LocalWarRoom).Returns((string?)null);

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("major join INC-1001"));

        Assert.Equal("You joined **INC-1001**. Its war room is the thread `war-INC-1001`.", reply.Text);
    }

    [Fact]
    public async Task Join_WarRoomOnAnotherPlatform_SaysWhereAndThatUpdatesComeThroughTheStakeholderRoutes()
    {
        Incident incident = HoldsMajorWithWarRoom(TeamsWarRoom);

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Clicks("major.join", ("id", "INC-1001")));

        Assert.Equal(AuditActions.Joined, Assert.Single(incident.PendingEvents).Action);
        Assert.Equal(
            "You joined **INC-1001**. Its war room is a thread on Teams: open it there. The status updates reach you here through the stakeholder routes.",
            reply.Text);
    }

    [Fact]
    public async Task Join_WarRoomNotOpenYet_SaysItIsOpening()
    {
        Incident incident = _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("major join INC-1001"));

        Assert.Single(incident.PendingEvents);
        Assert.Equal("You joined **INC-1001**. Its war room is opening; the status updates reach you through the stakeholder routes meanwhile.", reply.Text);
    }

    [Fact]
    public async Task Join_NoWarRoomAtAll_SaysUpdatesGoToTheStakeholderRoutes()
    {
        ItsmOptions options = EngineHarness.DefaultOptions();
        options.Routes.OnCall.Clear();
        using EngineHarness harness = new(options);
        harness.Holds(AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build());
        InboundMessage direct = new(Chat.EventId, Chat.Bob, new ConversationAddress("local", "dm-bob"), "major declare INC-1001") { IsDirect = true };
        await harness.HandleAsync(direct);

        Reply reply = await harness.ReplyToAsync(Chat.Alice.Says("major join INC-1001"));

        Assert.Equal(
            "You joined **INC-1001**. It has no war room (it was declared in a direct chat and no on-call route is configured); its status updates go to the stakeholder routes.",
            reply.Text);
    }

    [Fact]
    public async Task Join_NotMajor_IsAClearRefusalAndSavesNothing()
    {
        _harness.Holds(AnIncident().WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("major join INC-1001"));

        Assert.Equal("INC-1001 is not a major incident: declare it first with `major declare INC-1001`.", reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }

    [Theory]
    [InlineData(IncidentState.Closed, "INC-1001 is Closed, so it can't be joined.")]
    [InlineData(IncidentState.Canceled, "INC-1001 is Canceled, so it can't be joined.")]
    public async Task Join_Ended_IsRefusedAndSavesNothing(IncidentState state, string expected)
    {
        _harness.HoldsMajor(state);

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("major join INC-1001"));

        Assert.Equal(expected, reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Join_Unknown_IsNotFound()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("major join INC-1009"));

        Assert.Equal("I can't find INC-1009.", reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }

    private Incident HoldsMajorWithWarRoom(ConversationAddress warRoom)
    {
        Incident incident = _harness.HoldsMajor();
        incident.RecordWarRoom(warRoom.ToString(), AnActionContext().Build());
        incident.MarkEventsStored();
        return incident;
    }
}
