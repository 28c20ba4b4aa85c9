using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Timers;
using ChatOpsItsm.TestSupport.Builders;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests.MajorIncidents;

/// <summary>
/// The war room of INC-1001 (major, Bob in command, declared at 09:00 in local:general) opens as a thread under
/// local:general, handed to the delivery handler as a worker would.
/// </summary>
public sealed class WarRoomOpenerTests : IDisposable
{
    private const string WorkId = "INC-1001:2:war-room";
    private static readonly ConversationAddress Thread = new("local", "war-1");
    private readonly EngineHarness _harness = new();

    public WarRoomOpenerTests()
    {
        _harness.LocalChannel.OpenThreadAsync(default!, default!, default!, default!, default).ReturnsForAnyArgs(Thread);
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HandleAsync_NotOpenYet_OpensTheThreadWithTheAnnouncementUnderTheWorkId()
    {
        _harness.HoldsMajor();

        DeliveryResult result = await _harness.DeliverAsync(Work(Chat.General));

        Assert.Equal(DeliveryStatus.Done, result.Status);
        await _harness.LocalChannel.Received(1).OpenThreadAsync(
            Chat.General,
            "INC-1001 · Printer on fire",
            Arg.Is<Reply>(r => r.Card == null && r.Text!.StartsWith("🚨 **Bob** declared **INC-1001** a major incident", StringComparison.Ordinal)),
            WorkId,
            Arg.Any<CancellationToken>());
        await _harness.DeliveryLedger.Received(1).MarkDoneAsync(WorkId, Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_NotOpenYet_RemembersTheThreadAndRecordsItAsTheBot()
    {
        Incident incident = _harness.HoldsMajor();

        await _harness.DeliverAsync(Work(Chat.General));

        await _harness.WarRooms.Received(1).RememberAsync(Thread, incident.Id, Arg.Any<CancellationToken>());
        Assert.Equal("local:war-1", incident.Major!.WarRoom);
        AuditEvent opened = Assert.Single(incident.PendingEvents);
        Assert.Equal((AuditActions.WarRoomOpened, SystemActor.Identity), (opened.Action, opened.Actor));
        await _harness.Incidents.Received(1).SaveAsync(incident, EngineHarness.StoredVersion, Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());

        // The opener posts the first board itself; a refresh queued with the record could post a second one elsewhere.
        Assert.Empty(_harness.Outbound);
    }

    [Fact]
    public async Task HandleAsync_NotOpenYet_PostsTheBoardInTheThreadUnderItsKey()
    {
        _harness.HoldsMajor();

        await _harness.DeliverAsync(Work(Chat.General));

        await _harness.LocalChannel.Received(1).PostAsync(
            Thread,
            Arg.Is<Reply>(r => r.Card!.Title == "🚨 MAJOR INC-1001 · Printer on fire" && r.Card.Facts.Any(f => f.Label == "War room" && f.Value == "open in the local web chat")),
            $"{WorkId}:board",
            "major-board:INC-1001",
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_AlreadyOpen_OpensNoSecondThreadAndPostsTheBoardThere()
    {
        Incident incident = _harness.HoldsMajor();
        incident.RecordWarRoom("local:war-0", SystemActor.At(BuilderDefaults.Instant));
        incident.MarkEventsStored();

        DeliveryResult result = await _harness.DeliverAsync(Work(Chat.General));

        Assert.Equal(DeliveryStatus.Done, result.Status);
        await _harness.LocalChannel.DidNotReceiveWithAnyArgs().OpenThreadAsync(default!, default!, default!, default!, TestContext.Current.CancellationToken);
        await _harness.LocalChannel.Received(1).PostAsync(
            new ConversationAddress("local", "war-0"), Arg.Any<Reply>(), $"{WorkId}:board", "major-board:INC-1001", Arg.Any<CancellationToken>());
        await _harness.Incidents.DidNotReceiveWithAnyArgs().SaveAsync(default!, default!, default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_RecordedMeanwhileByAnotherDelivery_PostsTheBoardWhereTheRecordSays()
    {
        Incident before = AMajor();
        Incident after = AMajor();
        after.RecordWarRoom("local:war-1", SystemActor.At(BuilderDefaults.Instant));
        after.MarkEventsStored();
        _harness.Incidents.GetAsync(before.Id, Arg.Any<CancellationToken>())
            .Returns(new StoredIncident(before, EngineHarness.StoredVersion), new StoredIncident(after, EngineHarness.StoredVersion));

        DeliveryResult result = await _harness.DeliverAsync(Work(Chat.General));

        Assert.Equal(DeliveryStatus.Done, result.Status);
        await _harness.Incidents.DidNotReceiveWithAnyArgs().SaveAsync(default!, default!, default!, TestContext.Current.CancellationToken);
        await _harness.LocalChannel.Received(1).PostAsync(Thread, Arg.Any<Reply>(), $"{WorkId}:board", "major-board:INC-1001", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_NotAMajorIncident_IsSkippedWithoutAThread()
    {
        _harness.Holds(IncidentBuilder.AnIncident().WithEventsStored().Build());

        DeliveryResult result = await _harness.DeliverAsync(Work(Chat.General));

        Assert.Equal(DeliveryResult.Skipped("INC-1001 is not a major incident."), result);
        await _harness.LocalChannel.DidNotReceiveWithAnyArgs().OpenThreadAsync(default!, default!, default!, default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_IncidentGone_IsSkipped()
    {
        DeliveryResult result = await _harness.DeliverAsync(Work(Chat.General));

        Assert.Equal(DeliveryResult.Skipped("INC-1001 does not exist."), result);
    }

    [Fact]
    public async Task HandleAsync_NoChannelForTheParentsPlatform_ThrowsAndRemembersNothing()
    {
        _harness.HoldsMajor();

        await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.DeliverAsync(Work(new ConversationAddress("discord", "1234"))));

        await _harness.WarRooms.DidNotReceiveWithAnyArgs().RememberAsync(default!, default, TestContext.Current.CancellationToken);
        await _harness.Incidents.DidNotReceiveWithAnyArgs().SaveAsync(default!, default!, default!, TestContext.Current.CancellationToken);
        await _harness.DeliveryLedger.DidNotReceiveWithAnyArgs().MarkDoneAsync(default!, default, TestContext.Current.CancellationToken);
    }

    private static WarRoomWork Work(ConversationAddress parent) =>
        new(WorkId, BuilderDefaults.Instant, BuilderDefaults.IncidentId, parent, "INC-1001 · Printer on fire");

    private static Incident AMajor() =>
        IncidentBuilder.AnIncident().DeclaredMajor(EngineHarness.MajorCadence).InState(IncidentState.InProgress).WithEventsStored().Build();
}
