using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Sla;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Timers;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.Engine.Tests.MajorIncidents.MajorTestParts;

namespace ChatOpsItsm.Engine.Tests.MajorIncidents;

/// <summary>
/// The work a major incident's change promises. INC-1001 "Printer on fire" (P1) was declared by Bob at 09:00 with a
/// 30-minute cadence (events 1–3 stored: reported, declared, assigned); the on-call routes are local:oncall and a Teams
/// channel, the stakeholder routes local:status and a Teams channel.
/// </summary>
public sealed class MajorOutboundTests
{
    private static readonly ConversationAddress WarRoom = new("local", "war-1");
    private readonly MajorOutbound _outbound = Outbound();

    [Fact]
    public void For_DeclaredOnAnOpenIncident_OpensTheWarRoomAnnouncesEverywhereElseAndSetsTheCadenceTimer()
    {
        Incident incident = IncidentBuilder.AnIncident().WithPriority(Priority.P1).InState(IncidentState.InProgress).WithEventsStored().Build();
        incident.DeclareMajor(new RoleHolder(BuilderDefaults.Agent, "Bob"), Cadence, "local:general", By("Bob", 5));

        IReadOnlyList<OutboundWork> work = _outbound.For(incident, At(5));

        Assert.Equal(
        [
            "INC-1001:3:war-room",
            "INC-1001:3:announce:local:oncall",
            "INC-1001:3:announce:teams:19:oncall@thread.tacv2",
            "INC-1001:3:announce:local:status",
            "INC-1001:3:announce:teams:19:status@thread.tacv2",
            IncidentOutbound.Timer(incident, TimerKind.MajorCadence, At(35)).WorkId,
        ], work.Select(w => w.WorkId));
        WarRoomWork room = Assert.IsType<WarRoomWork>(work[0]);
        Assert.Equal(new WarRoomWork("INC-1001:3:war-room", At(5), incident.Id, Chat.General, "INC-1001 · Printer on fire"), room);
        Assert.All(work.OfType<NotificationWork>(), n =>
        {
            Assert.True(n.Essential);
            Assert.Null(n.MessageKey);
            SameReply(Cards().Announcement(incident, At(5)), n.Message);
        });
        TimerWork timer = Assert.IsType<TimerWork>(work[^1]);
        Assert.Equal((TimerKind.MajorCadence, At(35)), (timer.Kind, timer.NotBefore));
    }

    [Fact]
    public void For_DeclaredWithItsWarRoomUnderAnOnCallRoute_DoesNotAnnounceThereTwice()
    {
        Incident incident = IncidentBuilder.AnIncident().WithPriority(Priority.P1).WithEventsStored().Build();
        incident.DeclareMajor(new RoleHolder(BuilderDefaults.Agent, "Bob"), Cadence, "local:oncall", By("Bob", 5));

        IReadOnlyList<OutboundWork> work = _outbound.For(incident, At(5));

        Assert.Equal(EngineHarness.OnCallLocal, Assert.Single(work.OfType<WarRoomWork>()).Parent);
        Assert.DoesNotContain(work, w => w.WorkId == "INC-1001:2:announce:local:oncall");
        Assert.Equal(3, work.OfType<NotificationWork>().Count());
    }

    [Fact]
    public void For_DeclaredWithoutAWarRoomParent_OpensNoWarRoom()
    {
        Incident incident = IncidentBuilder.AnIncident().WithPriority(Priority.P1).WithEventsStored().Build();
        incident.DeclareMajor(new RoleHolder(BuilderDefaults.Agent, "Bob"), Cadence, null, By("Bob", 5));

        IReadOnlyList<OutboundWork> work = _outbound.For(incident, At(5));

        Assert.Empty(work.OfType<WarRoomWork>());
        Assert.Equal(4, work.OfType<NotificationWork>().Count());
    }

    [Fact]
    public void IncidentOutbound_ReportedAndDeclaredInOneWrite_AnnouncesInsteadOfThePlainP1Alert()
    {
        Incident incident = ReportedAndDeclared();

        IReadOnlyList<OutboundWork> work = IncidentOutboundWith().For(incident, Instant);

        Assert.DoesNotContain(work.OfType<NotificationWork>(), n => n.Message.Text?.StartsWith("New **P1**", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(work, w => w.WorkId.Contains(":oncall:", StringComparison.Ordinal) && !w.WorkId.Contains(":announce:", StringComparison.Ordinal));
        Assert.Contains(work, w => w.WorkId == "INC-1001:2:announce:local:oncall");
        Assert.Contains(work, w => w.WorkId == "INC-1001:2:announce:teams:19:oncall@thread.tacv2");
        Assert.Equal(
            [TimerKind.ResolutionWarning, TimerKind.ResolutionBreach, TimerKind.MajorCadence],
            work.OfType<TimerWork>().Select(t => t.Kind));
    }

    [Fact]
    public void IncidentOutbound_ReportedP1NotDeclared_StillAlertsOnCall()
    {
        Incident incident = IncidentBuilder.AnIncident().WithPriority(Priority.P1).Build();

        IReadOnlyList<OutboundWork> work = IncidentOutboundWith().For(incident, Instant);

        Assert.Equal(["INC-1001:1:oncall:local:oncall", "INC-1001:1:oncall:teams:19:oncall@thread.tacv2"], work.OfType<NotificationWork>().Select(n => n.WorkId));
    }

    [Fact]
    public void For_TheSamePromiseTwice_GivesTheSameWorkIds()
    {
        Incident incident = ReportedAndDeclared();

        IEnumerable<string> first = IncidentOutboundWith().For(incident, Instant).Select(w => w.WorkId);
        IEnumerable<string> second = IncidentOutboundWith().For(incident, Instant + TimeSpan.FromSeconds(7)).Select(w => w.WorkId);

        Assert.Equal(first, second);
    }

    [Fact]
    public void For_RoleGivenToSomeoneElse_DirectMessagesThemWithTheBoard()
    {
        Incident incident = AMajor();
        incident.AssignMajorRole(MajorRole.Communications, new RoleHolder(new UserIdentity("local", "carol"), "Carol"), By("Bob", 3));

        NotificationWork dm = Assert.IsType<NotificationWork>(Assert.Single(_outbound.For(incident, At(3))));

        Assert.Equal("INC-1001:4:role:local:carol", dm.WorkId);
        Assert.Equal(DeliveryTarget.ToPerson(new UserIdentity("local", "carol")), dm.Target);
        Assert.True(dm.Essential);
        Assert.Equal("**Bob** made you communications lead of major incident **INC-1001** (P1, Printer on fire).", dm.Message.Text);
        Assert.Equal("🚨 MAJOR INC-1001 · Printer on fire", dm.Message.Card?.Title);
    }

    [Fact]
    public void For_RoleTakenByThemselves_SendsNothing()
    {
        Incident incident = AMajor();
        incident.AssignMajorRole(MajorRole.Scribe, new RoleHolder(new UserIdentity("local", "olga"), "Olga"), By("Olga", 3));

        Assert.Empty(_outbound.For(incident, At(3)));
    }

    [Fact]
    public void For_RoleWithTheWarRoomOpen_AlsoRefreshesTheBoard()
    {
        Incident incident = WithWarRoom();
        incident.AssignMajorRole(MajorRole.Scribe, new RoleHolder(new UserIdentity("local", "olga"), "Olga"), By("Olga", 3));

        NotificationWork board = Assert.IsType<NotificationWork>(Assert.Single(_outbound.For(incident, At(3))));

        Assert.Equal("INC-1001:5:board", board.WorkId);
        Assert.Equal(DeliveryTarget.ToConversation(WarRoom), board.Target);
        Assert.Equal("major-board:INC-1001", board.MessageKey);
        SameCard(Cards().Board(incident, At(3)), board.Message.Card!);
    }

    [Fact]
    public void For_StatusUpdate_GoesToTheWarRoomAndStakeholders_MovesTheTimerAndRefreshesTheBoard()
    {
        Incident incident = WithWarRoom();
        incident.PostStatusUpdate("Mail queue drained.", By("Bob", 10));

        IReadOnlyList<OutboundWork> work = _outbound.For(incident, At(10));

        Assert.Equal(
        [
            "INC-1001:5:update:local:war-1",
            "INC-1001:5:update:local:status",
            "INC-1001:5:update:teams:19:status@thread.tacv2",
            IncidentOutbound.Timer(incident, TimerKind.MajorCadence, At(40)).WorkId,
            "INC-1001:5:board",
        ], work.Select(w => w.WorkId));
        NotificationWork update = Assert.IsType<NotificationWork>(work[0]);
        Assert.Equal("📣 **INC-1001** status update (P1, Printer on fire) from Bob:\n\nMail queue drained.", update.Message.Text);
        Assert.Equal("🚨 MAJOR INC-1001 · Printer on fire", update.Message.Card?.Title);
        Assert.True(update.Essential);
    }

    [Fact]
    public void For_StatusUpdateBeforeTheWarRoomIsKnown_RefreshesNoBoard()
    {
        Incident incident = AMajor();
        incident.PostStatusUpdate("Investigating.", By("Bob", 10));

        IReadOnlyList<OutboundWork> work = _outbound.For(incident, At(10));

        Assert.DoesNotContain(work, w => w.WorkId.EndsWith(":board", StringComparison.Ordinal));
        Assert.Equal(["INC-1001:4:update:local:status", "INC-1001:4:update:teams:19:status@thread.tacv2"], work.OfType<NotificationWork>().Select(n => n.WorkId));
    }

    [Fact]
    public void For_FirstReminder_DirectMessagesTheCommanderOnlyAndSetsTheNextTimer()
    {
        Incident incident = WithComms();
        incident.RecordCadenceReminder("Bob", SystemActor.At(At(30)));

        IReadOnlyList<OutboundWork> work = _outbound.For(incident, At(30));

        Assert.Equal(["INC-1001:5:reminder:local:bob", IncidentOutbound.Timer(incident, TimerKind.MajorCadence, At(60)).WorkId], work.Select(w => w.WorkId));
        NotificationWork reminder = Assert.IsType<NotificationWork>(work[0]);
        Assert.Equal(DeliveryTarget.ToPerson(BuilderDefaults.Agent), reminder.Target);
        Assert.True(reminder.Essential);
        SameReply(Cards().Reminder(incident, At(30)), reminder.Message);
    }

    [Fact]
    public void For_SecondReminderInARow_AlsoTellsTheCommunicationsLead()
    {
        Incident incident = WithComms();
        incident.RecordCadenceReminder("Bob", SystemActor.At(At(30)));
        incident.MarkEventsStored();
        incident.RecordCadenceReminder("Bob, Carol", SystemActor.At(At(60)));

        IReadOnlyList<OutboundWork> work = _outbound.For(incident, At(60));

        Assert.Equal(
        [
            "INC-1001:6:reminder:local:bob",
            "INC-1001:6:reminder:local:carol",
            IncidentOutbound.Timer(incident, TimerKind.MajorCadence, At(90)).WorkId,
        ], work.Select(w => w.WorkId));
    }

    [Fact]
    public void For_Snoozed_SetsTheTimerAtTheSnoozeEnd()
    {
        Incident incident = AMajor();
        incident.SnoozeCadence(TimeSpan.FromHours(1), By("Bob", 20));

        TimerWork timer = Assert.IsType<TimerWork>(Assert.Single(_outbound.For(incident, At(20))));

        Assert.Equal((TimerKind.MajorCadence, At(80)), (timer.Kind, timer.NotBefore));
    }

    [Fact]
    public void For_Mitigated_TellsTheStakeholdersAndRefreshesTheBoard()
    {
        Incident incident = WithWarRoom();
        incident.MarkMitigated("Failed over to the secondary.", By("Bob", 20));

        IReadOnlyList<OutboundWork> work = _outbound.For(incident, At(20));

        Assert.Equal(["INC-1001:5:mitigated:local:status", "INC-1001:5:mitigated:teams:19:status@thread.tacv2", "INC-1001:5:board"], work.Select(w => w.WorkId));
        Assert.Equal(
            "🩹 **INC-1001** (Printer on fire) is mitigated: Failed over to the secondary. It stays a major incident until it is resolved.",
            ((NotificationWork)work[0]).Message.Text);
    }

    [Theory]
    [InlineData(AuditActions.TimelineEntry)]
    [InlineData(AuditActions.Joined)]
    [InlineData(AuditActions.Linked)]
    [InlineData(AuditActions.ActionAdded)]
    [InlineData(AuditActions.ActionRaised)]
    public void For_OtherMajorSteps_OnlyRefreshTheBoard(string action)
    {
        Incident incident = WithWarRoom();
        incident.AddFollowUpAction("Add a disk alert.", null, By("Bob", 1));
        incident.MarkEventsStored();
        Apply(incident, action);

        NotificationWork board = Assert.IsType<NotificationWork>(Assert.Single(_outbound.For(incident, At(20))));

        Assert.Equal("INC-1001:6:board", board.WorkId);
        Assert.Equal("major-board:INC-1001", board.MessageKey);
    }

    [Fact]
    public void For_WarRoomRecorded_QueuesNoBoardRefresh_TheOpenerPostsTheFirstBoardItself()
    {
        Incident incident = AMajor();
        incident.RecordWarRoom(WarRoom.ToString(), SystemActor.At(At(1)));

        Assert.Empty(_outbound.For(incident, At(1)));
    }

    [Fact]
    public void For_MajorResolved_TellsTheWarRoomOnCallAndStakeholdersWithTheSummary()
    {
        Incident incident = WithWarRoom();
        incident.ResolveMajor("Disk full on mta-1; cleaned up.", By("Bob", 90));

        IReadOnlyList<OutboundWork> work = _outbound.For(incident, At(90));

        Assert.Equal(
        [
            "INC-1001:5:resolved:local:war-1",
            "INC-1001:5:resolved:local:oncall",
            "INC-1001:5:resolved:teams:19:oncall@thread.tacv2",
            "INC-1001:5:resolved:local:status",
            "INC-1001:5:resolved:teams:19:status@thread.tacv2",
            "INC-1001:5:board",
        ], work.Select(w => w.WorkId));
        NotificationWork told = (NotificationWork)work[0];
        Assert.Equal(
            "✅ Major incident **INC-1001** (Printer on fire) is resolved after 1 h 30 min.\n\n**Summary:** Disk full on mta-1; cleaned up.\n\n"
            + "The review: `major review INC-1001`.",
            told.Message.Text);
        Assert.Empty(told.Message.Card!.Buttons);
    }

    [Fact]
    public void For_MajorReopened_TellsTheRoutesAndRestartsTheCadenceTimer()
    {
        Incident incident = AMajor(IncidentState.Resolved);
        incident.Reopen("Queue is stuck again.", By("Bob", 100));

        IReadOnlyList<OutboundWork> work = _outbound.For(incident, At(100));

        Assert.Equal(
        [
            "INC-1001:5:reopened:local:oncall",
            "INC-1001:5:reopened:teams:19:oncall@thread.tacv2",
            "INC-1001:5:reopened:local:status",
            "INC-1001:5:reopened:teams:19:status@thread.tacv2",
            IncidentOutbound.Timer(incident, TimerKind.MajorCadence, At(130)).WorkId,
        ], work.Select(w => w.WorkId));
        Assert.Equal(
            "⚠ Major incident **INC-1001** (Printer on fire) was reopened by Bob: Queue is stuck again.\n\nStatus updates are due every 30 min again.",
            ((NotificationWork)work[0]).Message.Text);
    }

    [Fact]
    public void For_MajorCanceled_TellsTheRoutes()
    {
        Incident incident = WithWarRoom();
        incident.Cancel("Duplicate of INC-0999.", By("Bob", 10));

        IReadOnlyList<OutboundWork> work = _outbound.For(incident, At(10));

        Assert.Equal(6, work.Count);
        Assert.Equal(
            "Major incident **INC-1001** (Printer on fire) was canceled by Bob: Duplicate of INC-0999.",
            ((NotificationWork)work[0]).Message.Text);
    }

    [Fact]
    public void For_ARoutineIncident_PromisesNothing()
    {
        Incident incident = IncidentBuilder.AnIncident().WithPriority(Priority.P1).InState(IncidentState.InProgress).Build();

        Assert.Empty(_outbound.For(incident, Instant));
    }

    [Fact]
    public void For_ANoteOnAMajorIncident_RefreshesNoBoard()
    {
        Incident incident = WithWarRoom();
        incident.AddNote("Called the vendor.", By("Bob", 10));

        Assert.Empty(_outbound.For(incident, At(10)));
    }

    [Fact]
    public void WarRoomTitle_LongTitle_IsCutToWhatEveryPlatformTakes()
    {
        Incident incident = IncidentBuilder.AnIncident().WithTitle(new string('x', 200)).Build();

        string title = MajorOutbound.WarRoomTitle(incident);

        Assert.Equal(MajorOutbound.WarRoomTitleMaxLength, title.Length);
        Assert.StartsWith("INC-1001 · xxx", title, StringComparison.Ordinal);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
    }

    private static DateTimeOffset At(double minutes) => Instant + TimeSpan.FromMinutes(minutes);

    private static Incident ReportedAndDeclared()
    {
        ActionContext bob = By("Bob", 0);
        Incident incident = Incident.Report(
            BuilderDefaults.IncidentId, IncidentDraftBuilder.ADraft().WithPriority(Priority.P1).Build(), SlaPolicy.Default, bob).Incident!;
        incident.DeclareMajor(new RoleHolder(bob.Actor, bob.ActorName), Cadence, "local:general", bob);
        return incident;
    }

    /// <summary>The major with its war room recorded at local:war-1 (event 4), stored.</summary>
    private static Incident WithWarRoom()
    {
        Incident incident = AMajor();
        incident.RecordWarRoom(WarRoom.ToString(), SystemActor.At(At(1)));
        incident.MarkEventsStored();
        return incident;
    }

    /// <summary>The major with Carol as communications lead (event 4), stored.</summary>
    private static Incident WithComms()
    {
        Incident incident = AMajor();
        incident.AssignMajorRole(MajorRole.Communications, new RoleHolder(new UserIdentity("local", "carol"), "Carol"), By("Bob", 1));
        incident.MarkEventsStored();
        return incident;
    }

    private static void Apply(Incident incident, string action)
    {
        ActionContext context = By("Olga", 20);
        Domain.Results.DomainResult result = action switch
        {
            AuditActions.TimelineEntry => incident.AddTimelineEntry("Restarted the MTA.", context),
            AuditActions.Joined => incident.RecordJoined(context),
            AuditActions.Linked => incident.LinkIncident(TicketId.Parse("INC-1002"), context),
            AuditActions.ActionAdded => incident.AddFollowUpAction("Review the runbook.", null, context),
            _ => incident.RecordActionRaised(1, TicketId.Parse("PRB-1001"), context),
        };
        Assert.True(result.Succeeded, result.Error?.Message);
    }
}
