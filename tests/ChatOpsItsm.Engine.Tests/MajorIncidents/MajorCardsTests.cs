using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.Engine.Tests.MajorIncidents.MajorTestParts;

namespace ChatOpsItsm.Engine.Tests.MajorIncidents;

/// <summary>
/// The major incident's cards: INC-1001 "Printer on fire" (P1, printing) declared by Bob at 09:00 with a 30-minute
/// cadence, read at 09:10 unless a test says otherwise.
/// </summary>
public sealed class MajorCardsTests
{
    private static readonly DateTimeOffset Now = Instant + TimeSpan.FromMinutes(10);
    private readonly MajorCards _cards = Cards();

    [Fact]
    public void BoardKey_IsTheIncidentsBoardKey()
    {
        Assert.Equal("major-board:INC-1001", MajorCards.BoardKey(BuilderDefaults.IncidentId));
    }

    [Fact]
    public void Board_RunningMajor_ShowsItsFactsJoinAndPostUpdateAndLinksTheTicket()
    {
        Card board = _cards.Board(AMajor(), Now);

        Assert.Equal("🚨 MAJOR INC-1001 · Printer on fire", board.Title);
        Assert.Equal(
        [
            ("Service", "printing"),
            ("Priority", "P1"),
            ("State", "In Progress"),
            ("Commander", "Bob"),
            ("Communications", "—"),
            ("Scribe", "—"),
            ("Declared", "2026-01-05 09:00 UTC by Bob"),
            ("Elapsed", "10 min"),
            ("Last update", "none yet"),
            ("Next update", "due in 20 min (2026-01-05 09:30 UTC)"),
            ("War room", "opening…"),
        ], board.Facts.Select(f => (f.Label, f.Value)));
        Assert.Equal([("Join", "major.join"), ("Post update", "form.major.update")], board.Buttons.Select(b => (b.Label, b.ActionId)));
        Assert.All(board.Buttons, b => Assert.Equal(new Dictionary<string, string> { ["id"] = "INC-1001" }, b.Data));
        Assert.Equal("https://itsm.example/api/tickets/INC-1001", board.Link);
        Assert.False(board.IsForm);
    }

    [Fact]
    public void Board_AfterRolesUpdatesMitigationAndLinks_ShowsThem()
    {
        Incident incident = AMajor();
        incident.AssignMajorRole(MajorRole.Communications, new RoleHolder(new("local", "carol"), "Carol"), By("Bob", 1));
        incident.AssignMajorRole(MajorRole.Scribe, new RoleHolder(new("local", "dave"), "Dave"), By("Bob", 2));
        incident.PostStatusUpdate("Mail queue drained.", By("Carol", 5));
        incident.MarkMitigated("Failover.", By("Bob", 8));
        incident.LinkIncident(TicketId.Parse("INC-1002"), By("Bob", 9));

        Card board = _cards.Board(incident, Now);

        Assert.Equal("Carol", Fact(board, "Communications"));
        Assert.Equal("Dave", Fact(board, "Scribe"));
        Assert.Equal("2026-01-05 09:05 UTC: Mail queue drained.", Fact(board, "Last update"));
        Assert.Equal("due in 25 min (2026-01-05 09:35 UTC)", Fact(board, "Next update"));
        Assert.Equal("2026-01-05 09:08 UTC", Fact(board, "Mitigated"));
        Assert.Equal("INC-1002", Fact(board, "Linked incidents"));
    }

    [Fact]
    public void Board_Snoozed_SaysSo()
    {
        Incident incident = AMajor();
        incident.SnoozeCadence(TimeSpan.FromHours(1), By("Bob", 5));

        Assert.Equal("due in 55 min (2026-01-05 10:05 UTC), reminders snoozed", Fact(_cards.Board(incident, Now), "Next update"));
    }

    [Fact]
    public void Board_Ended_HasNoButtonsAndNoNextUpdate()
    {
        Incident incident = AMajor(IncidentState.Resolved);

        Card board = _cards.Board(incident, Now);

        Assert.Empty(board.Buttons);
        Assert.Equal("ended", Fact(board, "Next update"));
        Assert.Equal("Resolved", Fact(board, "State"));
        Assert.Equal("under a minute (ended 2026-01-05 09:00 UTC)", Fact(board, "Elapsed"));
    }

    [Theory]
    [InlineData("teams:19:room@thread.tacv2", "open on Teams")]
    [InlineData("discord:1234", "open on Discord")]
    [InlineData("local:war-1", "open in the local web chat")]
    public void Board_WarRoomOpen_SaysWhereWithoutAPlatformLink(string warRoom, string expected)
    {
        Incident incident = AMajor();
        incident.RecordWarRoom(warRoom, By("Bob", 1));

        Assert.Equal(expected, Fact(_cards.Board(incident, Now), "War room"));
    }

    [Fact]
    public void Board_NoWarRoomParent_SaysNone()
    {
        Incident incident = AnIncidentDeclaredWithoutParent();

        Assert.Equal("none", Fact(_cards.Board(incident, Now), "War room"));
    }

    [Fact]
    public void Board_LongTitleNamesAndUpdate_StayWithinTheCardLimits()
    {
        Incident incident = IncidentBuilder.AnIncident().WithPriority(Priority.P1).WithTitle(new string('t', IncidentLimits.TitleMaxLength))
            .DeclaredMajor(Cadence).InState(IncidentState.InProgress).WithEventsStored().Build();
        incident.AssignMajorRole(MajorRole.Communications, new RoleHolder(new("local", "carol"), new string('c', 400)), By("Bob", 1));
        incident.PostStatusUpdate(new string('u', MajorLimits.UpdateMaxLength), By("Bob", 2));
        for (int i = 0; i < 60; i++)
        {
            incident.LinkIncident(new TicketId(TicketType.Incident, 2_000_000 + i), By("Bob", 3));
        }

        Card board = _cards.Board(incident, Now);

        Assert.True(board.Title.Length <= MajorCards.TitleMaxLength, board.Title);
        Assert.EndsWith("…", board.Title, StringComparison.Ordinal);
        Assert.True(board.Facts.Count <= 25);
        Assert.All(board.Facts, f => Assert.True(f.Value.Length <= MajorCards.FactMaxLength, $"{f.Label}: {f.Value.Length}"));
        Assert.EndsWith("…", Fact(board, "Last update"), StringComparison.Ordinal);
        Assert.Equal(new string('c', MajorCards.NameMaxLength - 1) + "…", Fact(board, "Communications"));
        Assert.EndsWith("more", Fact(board, "Linked incidents"), StringComparison.Ordinal);
        Assert.True(board.Title.Length + board.Facts.Sum(f => f.Label.Length + f.Value.Length) <= 6000);
    }

    [Fact]
    public void Board_NotMajor_Throws()
    {
        Incident incident = IncidentBuilder.AnIncident().Build();

        Assert.Throws<ArgumentException>(() => _cards.Board(incident, Now));
    }

    [Fact]
    public void Announcement_NamesDeclarerCommanderPriorityAndService_WithTheBoardFactsAndOnlyJoin()
    {
        Reply announcement = _cards.Announcement(AMajor(), Now);

        Assert.Equal(
            "🚨 **Bob** declared **INC-1001** a major incident (P1, printing): Printer on fire. Incident commander: **Bob**. "
            + "Status updates every 30 min.",
            announcement.Text);
        Card card = Assert.IsType<Card>(announcement.Card);
        Assert.Equal(_cards.Board(AMajor(), Now).Facts, card.Facts);
        CardButton join = Assert.Single(card.Buttons);
        Assert.Equal("major.join", join.ActionId);
        Assert.Equal("INC-1001", join.Data["id"]);
    }

    [Fact]
    public void Reminder_FirstOne_SaysWhatIsOverdueWithThreeSnoozesAndTheHint()
    {
        Incident incident = AMajor();
        incident.RecordCadenceReminder("Bob", By("ITSM bot", 31));

        Reply reminder = _cards.Reminder(incident, Instant + TimeSpan.FromMinutes(31));

        Assert.Equal("⏰ INC-1001's status update is overdue (last: none yet / due 2026-01-05 09:30 UTC)", reminder.Text);
        Card card = Assert.IsType<Card>(reminder.Card);
        Assert.Equal(
            [("Snooze 30 min", "30m"), ("Snooze 1 h", "1h"), ("Snooze 2 h", "2h")],
            card.Buttons.Select(b => (b.Label, b.Data["for"])));
        Assert.All(card.Buttons, b =>
        {
            Assert.Equal("major.snooze", b.ActionId);
            Assert.Equal("INC-1001", b.Data["id"]);
        });
        Assert.Contains("`major update INC-1001 <text>`", card.Body, StringComparison.Ordinal);
        Assert.Equal("overdue by 1 min (2026-01-05 09:30 UTC)", Fact(card, "Status update"));
        Assert.Equal("1", Fact(card, "Reminders"));
    }

    [Fact]
    public void Reminder_AfterAnUpdateAndASecondReminder_KeepsPointingAtTheMissedDueTime()
    {
        Incident incident = AMajor();
        incident.PostStatusUpdate("Investigating.", By("Bob", 20));
        incident.RecordCadenceReminder("Bob", By("ITSM bot", 50));
        incident.RecordCadenceReminder("Bob, Carol", By("ITSM bot", 80));

        Reply reminder = _cards.Reminder(incident, Instant + TimeSpan.FromMinutes(80));

        Assert.Equal("⏰ INC-1001's status update is overdue (last: 2026-01-05 09:20 UTC / due 2026-01-05 09:50 UTC)", reminder.Text);
        Assert.Equal("2", Fact(reminder.Card!, "Reminders"));
    }

    [Fact]
    public void BurstOffer_ThreeIncidents_DeclaresTheOldestAndLinksTheOthers()
    {
        TicketId[] ids = [TicketId.Parse("INC-1001"), TicketId.Parse("INC-1002"), TicketId.Parse("INC-1003")];

        Reply offer = _cards.BurstOffer("email", ids, TimeSpan.FromMinutes(10));

        Assert.Equal("⚠ 3 incidents on **email** within 10 min: INC-1001, INC-1002, INC-1003. Is this one major incident?", offer.Text);
        Card card = Assert.IsType<Card>(offer.Card);
        Assert.Equal("Burst on email: 3 incidents", card.Title);
        CardButton declare = Assert.Single(card.Buttons);
        Assert.Equal("major.declare", declare.ActionId);
        Assert.Equal(new Dictionary<string, string> { ["target"] = "INC-1001", ["link"] = "INC-1002,INC-1003" }, declare.Data);
        Assert.Equal("**Declare** makes **INC-1001** the major incident and links INC-1002, INC-1003 to it.", card.Body);
        Assert.Equal("https://itsm.example/api/tickets/INC-1001", card.Link);
    }

    [Fact]
    public void BurstOffer_ManyIncidents_KeepsTheButtonWithinADiscordCustomIdAndNamesTheRest()
    {
        List<TicketId> ids = [.. Enumerable.Range(0, 40).Select(i => new TicketId(TicketType.Incident, 1_000_001 + i))];

        Reply offer = _cards.BurstOffer("email", ids, TimeSpan.FromMinutes(10));

        CardButton declare = Assert.Single(offer.Card!.Buttons);
        string customId = "v1:major.declare:" + string.Join(';', declare.Data.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        Assert.True(customId.Length <= 100, customId);
        int linked = declare.Data["link"].Split(',').Length;
        Assert.Contains($"Link the other {39 - linked} after that with `major link INC-1000001 <incidents>`.", offer.Card.Body, StringComparison.Ordinal);
        Assert.All(offer.Card.Facts, f => Assert.True(f.Value.Length <= MajorCards.FactMaxLength));
    }

    [Fact]
    public void BurstOffer_NoIncidents_Throws()
    {
        Assert.Throws<ArgumentException>(() => _cards.BurstOffer("email", [], TimeSpan.FromMinutes(10)));
    }

    private static string Fact(Card card, string label) => Assert.Single(card.Facts, f => f.Label == label).Value;

    private static Incident AnIncidentDeclaredWithoutParent()
    {
        Incident incident = IncidentBuilder.AnIncident().WithPriority(Priority.P1).InState(IncidentState.InProgress).WithEventsStored().Build();
        incident.DeclareMajor(new RoleHolder(BuilderDefaults.Agent, "Bob"), Cadence, null, By("Bob", 0));
        return incident;
    }
}
