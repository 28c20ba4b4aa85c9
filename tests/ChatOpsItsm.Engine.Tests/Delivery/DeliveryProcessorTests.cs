using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Timers;
using ChatOpsItsm.TestSupport.Builders;
using NSubstitute;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;
using static ChatOpsItsm.TestSupport.Builders.NotificationWorkBuilder;

namespace ChatOpsItsm.Engine.Tests.Delivery;

/// <summary>What the delivery workers get from the engine: the ledger first, then one channel call, then the ledger again.</summary>
public sealed class DeliveryProcessorTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HandleAsync_AlreadyInTheLedger_IsDoneWithoutTouchingAChannel()
    {
        NotificationWork work = ANotification().Build();
        _harness.DeliveryLedger.IsDoneAsync(work.WorkId, Arg.Any<CancellationToken>()).Returns(true);

        DeliveryResult result = await _harness.DeliverAsync(work);

        Assert.Equal(DeliveryStatus.Done, result.Status);
        Assert.DoesNotContain(_harness.LocalChannel.ReceivedCalls(), c => c.GetMethodInfo().Name != "get_Platform");
        await _harness.DeliveryLedger.DidNotReceive().MarkDoneAsync(Arg.Any<string>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_ToAPerson_SendsADirectMessageKeyedByTheWorkIdAndRecordsIt()
    {
        NotificationWork work = ANotification().Build();

        DeliveryResult result = await _harness.DeliverAsync(work);

        Assert.Equal(DeliveryStatus.Done, result.Status);
        await _harness.LocalChannel.Received(1).SendDirectAsync(Chat.Alice.Identity, work.Message, work.WorkId, Arg.Any<CancellationToken>());
        await _harness.DeliveryLedger.Received(1).MarkDoneAsync(work.WorkId, _harness.Time.GetUtcNow(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_ToAConversation_PostsThereWithTheMessageKey()
    {
        NotificationWork work = ANotification().WithId("INC-1001:1:oncall:teams:19:oncall@thread.tacv2")
            .ToConversation(EngineHarness.OnCallTeams).WithMessageKey("incident-card:INC-1001").Build();

        DeliveryResult result = await _harness.DeliverAsync(work);

        Assert.Equal(DeliveryStatus.Done, result.Status);
        await _harness.TeamsChannel.Received(1).PostAsync(
            EngineHarness.OnCallTeams, work.Message, work.WorkId, "incident-card:INC-1001", Arg.Any<CancellationToken>());
        await _harness.LocalChannel.DidNotReceiveWithAnyArgs().PostAsync(default!, default!, default!, default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_ToAConversation_NeverAsksForPreferences()
    {
        NotificationWork work = ANotification().ToConversation(EngineHarness.OnCallLocal).Build();

        await _harness.DeliverAsync(work);

        await _harness.Preferences.DidNotReceiveWithAnyArgs().WantsNonEssentialAsync(default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_NonEssentialToAPersonWhoOptedOut_IsSkippedAndRecorded()
    {
        _harness.Preferences.WantsNonEssentialAsync(Chat.Alice.Identity, Arg.Any<CancellationToken>()).Returns(false);
        NotificationWork work = ANotification().Build();

        DeliveryResult result = await _harness.DeliverAsync(work);

        Assert.Equal(DeliveryStatus.Skipped, result.Status);
        Assert.Equal("dm local:alice turned non-essential notifications off.", result.Detail);
        await _harness.LocalChannel.DidNotReceiveWithAnyArgs().SendDirectAsync(default, default!, default!, TestContext.Current.CancellationToken);
        await _harness.DeliveryLedger.Received(1).MarkDoneAsync(work.WorkId, Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_EssentialToAPersonWhoOptedOut_IsSent()
    {
        _harness.Preferences.WantsNonEssentialAsync(Chat.Bob.Identity, Arg.Any<CancellationToken>()).Returns(false);
        NotificationWork work = ANotification().WithId("INC-1001:2:assignee").ToPerson(Chat.Bob.Identity).Essential().Build();

        DeliveryResult result = await _harness.DeliverAsync(work);

        Assert.Equal(DeliveryStatus.Done, result.Status);
        await _harness.LocalChannel.Received(1).SendDirectAsync(Chat.Bob.Identity, work.Message, "INC-1001:2:assignee", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_PersonLastSeenOnAnotherServedPlatform_SendsThere()
    {
        _harness.References.FindPersonAsync(Chat.Alice.Identity, Arg.Any<CancellationToken>())
            .Returns(new ConversationReference(new ConversationAddress("teams", "a:1"), Chat.Alice.Identity, new Dictionary<string, string>(), BuilderDefaults.Instant));
        NotificationWork work = ANotification().Build();

        await _harness.DeliverAsync(work);

        await _harness.TeamsChannel.Received(1).SendDirectAsync(Chat.Alice.Identity, work.Message, work.WorkId, Arg.Any<CancellationToken>());
        await _harness.LocalChannel.DidNotReceiveWithAnyArgs().SendDirectAsync(default, default!, default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_PersonLastSeenOnAPlatformWithoutAChannel_FallsBackToTheirIdentitysPlatform()
    {
        _harness.References.FindPersonAsync(Chat.Alice.Identity, Arg.Any<CancellationToken>())
            .Returns(new ConversationReference(new ConversationAddress("discord", "42"), Chat.Alice.Identity, new Dictionary<string, string>(), BuilderDefaults.Instant));
        NotificationWork work = ANotification().Build();

        await _harness.DeliverAsync(work);

        await _harness.LocalChannel.Received(1).SendDirectAsync(Chat.Alice.Identity, work.Message, work.WorkId, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_UnknownPlatform_ThrowsSoTheWorkerRetriesAndNothingIsRecorded()
    {
        NotificationWork work = ANotification().ToConversation(new ConversationAddress("discord", "1234")).Build();

        InvalidOperationException failure = await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.DeliverAsync(work));

        Assert.Equal("No outbound channel serves the platform 'discord' (registered: local, teams).", failure.Message);
        await _harness.DeliveryLedger.DidNotReceiveWithAnyArgs().MarkDoneAsync(default!, default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_PersonOnAnUnknownPlatform_Throws()
    {
        NotificationWork work = ANotification().ToPerson(new UserIdentity("slack", "U123")).Essential().Build();

        await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.DeliverAsync(work));
    }

    [Fact]
    public async Task HandleAsync_ChannelFails_LetsTheFailureThroughUnrecorded()
    {
        NotificationWork work = ANotification().Build();
        _harness.LocalChannel.SendDirectAsync(default, default!, default!, TestContext.Current.CancellationToken)
            .ReturnsForAnyArgs(Task.FromException(new HttpRequestException("503")));

        await Assert.ThrowsAsync<HttpRequestException>(() => _harness.DeliverAsync(work));

        await _harness.DeliveryLedger.DidNotReceiveWithAnyArgs().MarkDoneAsync(default!, default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_NotificationNotDueYet_IsRescheduledUnsent()
    {
        DateTimeOffset later = BuilderDefaults.Instant + TimeSpan.FromMinutes(10);
        NotificationWork work = ANotification().NotBefore(later).Build();

        DeliveryResult result = await _harness.DeliverAsync(work);

        Assert.Equal(DeliveryResult.Reschedule(later), result);
        await _harness.LocalChannel.DidNotReceiveWithAnyArgs().SendDirectAsync(default, default!, default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_TimerThatStaysQuiet_IsSkippedButNotRecorded()
    {
        Incident incident = _harness.Holds(AnIncident().InState(IncidentState.Resolved).WithEventsStored().Build());
        TimerWork timer = IncidentOutbound.Timer(incident, TimerKind.ResolutionBreach, BuilderDefaults.Instant + TimeSpan.FromHours(24));
        _harness.Time.Advance(TimeSpan.FromHours(24));

        DeliveryResult result = await _harness.DeliverAsync(timer);

        Assert.Equal(DeliveryStatus.Skipped, result.Status);
        await _harness.DeliveryLedger.DidNotReceiveWithAnyArgs().MarkDoneAsync(default!, default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_TimerThatFires_IsRecordedAtTheTimeItFired()
    {
        Incident incident = _harness.Holds(AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build());
        TimerWork timer = IncidentOutbound.Timer(incident, TimerKind.ResolutionBreach, BuilderDefaults.Instant + TimeSpan.FromHours(24));
        _harness.Time.Advance(TimeSpan.FromHours(24));

        DeliveryResult result = await _harness.DeliverAsync(timer);

        Assert.Equal(DeliveryStatus.Done, result.Status);
        await _harness.DeliveryLedger.Received(1).MarkDoneAsync(timer.WorkId, _harness.Time.GetUtcNow(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_MajorBoardRefresh_PostsTheBoardAsTheIncidentIsAtDelivery()
    {
        Incident incident = _harness.HoldsMajor();
        incident.RecordWarRoom("local:war-1", SystemActor.At(BuilderDefaults.Instant));
        incident.PostStatusUpdate("Mail queue drained.", new(Chat.Bob.Identity, "Bob", "local:general", BuilderDefaults.Instant));
        ConversationAddress warRoom = new("local", "war-1");
        NotificationWork stale = ANotification().WithId("INC-1001:4:board").ToConversation(warRoom)
            .Saying(Reply.Say("an older board")).WithMessageKey("major-board:INC-1001").Build();

        DeliveryResult result = await _harness.DeliverAsync(stale);

        Assert.Equal(DeliveryStatus.Done, result.Status);
        await _harness.LocalChannel.Received(1).PostAsync(
            warRoom,
            Arg.Is<Reply>(r => r.Text == "an older board"
                && r.Card!.Title == "🚨 MAJOR INC-1001 · Printer on fire"
                && r.Card.Facts.Any(f => f.Label == "Last update" && f.Value == "2026-01-05 09:00 UTC: Mail queue drained.")),
            "INC-1001:4:board",
            "major-board:INC-1001",
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_MajorBoardKeyOfAnIncidentGone_PostsTheMessageAsQueued()
    {
        NotificationWork work = ANotification().ToConversation(EngineHarness.OnCallLocal).WithMessageKey("major-board:INC-1001").Build();

        await _harness.DeliverAsync(work);

        await _harness.LocalChannel.Received(1).PostAsync(EngineHarness.OnCallLocal, work.Message, work.WorkId, "major-board:INC-1001", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_Null_Throws()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _harness.DeliverAsync(null!));
    }
}
