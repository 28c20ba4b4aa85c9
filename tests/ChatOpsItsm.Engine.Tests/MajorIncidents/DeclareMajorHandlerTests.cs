using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using NSubstitute;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.MajorIncidents;

/// <summary>
/// <c>major declare</c>: an existing incident (INC-1001, "Printer on fire", P3 unless a test says otherwise), or a title
/// that opens a new P1; the war room's parent, the commander, the cadence and the links.
/// </summary>
public sealed class DeclareMajorHandlerTests : IDisposable
{
    private static readonly TicketId Inc1002 = new(TicketType.Incident, 1002);
    private static readonly TicketId Inc1003 = new(TicketType.Incident, 1003);
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Declare_ExistingIncident_SavesItMajorWithTheDeclarerInCommandAndAnswersWithTheBoard()
    {
        Incident incident = _harness.Holds(AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Says("major declare INC-1001"));

        MajorIncident major = Assert.IsType<MajorIncident>(incident.Major);
        Assert.Equal(Chat.Olga.Identity, major.Commander.Identity);
        Assert.Equal(TimeSpan.FromHours(2), major.Cadence);
        Assert.Equal("local:general", major.WarRoomParent);
        Assert.Equal(AuditActions.Declared, Assert.Single(incident.PendingEvents).Action);
        await _harness.Incidents.Received(1).SaveAsync(incident, EngineHarness.StoredVersion, Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
        Assert.Equal(
            "**INC-1001** (P3, Printer on fire) is now a major incident. Its war room is opening as a thread here. "
            + "Olga is in command; the first status update is due in 2 h 0 min (2026-01-05 11:00 UTC).",
            reply.Text);
        Assert.Contains("INC-1001", reply.Card!.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declare_P1_UsesTheP1Cadence()
    {
        Incident incident = _harness.Holds(AnIncident().WithPriority(Priority.P1).WithEventsStored().Build());

        await _harness.HandleAsync(Chat.Bob.Says("major declare INC-1001"));

        Assert.Equal(TimeSpan.FromMinutes(30), incident.Major?.Cadence);
    }

    [Fact]
    public async Task Declare_WithCommander_PutsThatPersonInCommand()
    {
        Incident incident = _harness.Holds(AnIncident().WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major declare INC-1001 commander:@olga"));

        Assert.Equal(Chat.Olga.Identity, incident.Major?.Commander.Identity);
        Assert.Equal(Chat.Bob.Identity, incident.Major?.DeclaredBy.Identity);
        Assert.Contains("olga is in command", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declare_ByARequester_IsRefusedByRoleAndSavesNothing()
    {
        Incident incident = _harness.Holds(AnIncident().WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("major declare INC-1001"));

        Assert.Equal("Only agents and on-call engineers can use `major declare`.", reply.Text);
        Assert.Null(incident.Major);
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Declare_AlreadyMajor_IsTheDomainsRefusal()
    {
        Incident incident = _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Says("major declare INC-1001"));

        Assert.Equal("INC-1001 is already a major incident, declared 2026-01-05 09:00:00 UTC with Bob in command.", reply.Text);
        Assert.Empty(incident.PendingEvents);
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Declare_ResolvedIncident_IsRefusedWithAHint()
    {
        _harness.Holds(AnIncident().InState(IncidentState.Resolved).WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Says("major declare INC-1001"));

        Assert.Equal("INC-1001 is Resolved, so it can't be declared major: reopen it first.", reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }

    [Theory]
    [InlineData("major declare INC-1009", "I can't find INC-1009.")]
    [InlineData("major declare CHG-1001", "CHG-1001 is not an incident: give an incident id such as INC-1001, or a title to open a new one.")]
    [InlineData("major declare", "Which incident, or what is down? Usage: `major declare <target> [service:] [commander:] [link:]`")]
    [InlineData("major declare INC-1001 link:INC-1002,PRB-1001", "`PRB-1001` is not an incident id such as INC-1001.")]
    [InlineData("major declare INC-1001 commander:\"not a person\"", "`not a person` is not a person: write me, @name or platform:id.")]
    [InlineData("major declare Mail is down", "Which service is down? Add `service:<name>` to open a new major incident, or give an incident id such as INC-1001.")]
    public async Task Declare_BadInput_IsAClearRefusalAndWritesNothing(string typed, string expected)
    {
        _harness.Holds(AnIncident().WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says(typed));

        Assert.Equal(expected, reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Declare_Title_OpensAP1AndDeclaresItInOneCreate()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Says("major declare Mail is down for everyone service:email"));

        Incident created = Assert.Single(_harness.Created);
        Assert.Equal([AuditActions.Reported, AuditActions.Declared, AuditActions.Assigned], created.PendingEvents.Select(e => e.Action));
        Assert.Equal("Mail is down for everyone", created.Title);
        Assert.Equal("email", created.Service);
        Assert.Equal(Priority.P1, created.Priority);
        Assert.Equal(Chat.Olga.Identity, created.Major?.Commander.Identity);
        Assert.Equal(TimeSpan.FromMinutes(30), created.Major?.Cadence);
        await _harness.Incidents.Received(1).CreateAsync(
            Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
        await _harness.Incidents.DidNotReceive().SaveAsync(
            Arg.Any<Incident>(), Arg.Any<Storage.RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
        Assert.StartsWith("Opened **INC-1001** (P1, email) as a major incident. Its war room is opening as a thread here.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declare_TitleWithLinks_LinksThemToTheNewIncident()
    {
        _harness.KeepCreatedIncidents();
        Incident other = _harness.Holds(AnIncident().WithId(Inc1002).WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Says("major declare Mail is down service:email link:INC-1002"));

        Incident created = Assert.Single(_harness.Created);
        Assert.Equal([Inc1002], created.Major?.LinkedIncidents);
        Assert.Equal(created.Id, other.PartOf);
        Assert.EndsWith("Linked INC-1002 to **INC-1001**.", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("local", "local:oncall")]
    [InlineData("teams", "teams:19:oncall@thread.tacv2")]
    [InlineData("discord", "local:oncall")]
    public async Task Declare_FromADirectChat_OpensTheWarRoomUnderAnOnCallRoute(string platform, string expectedParent)
    {
        Incident incident = _harness.Holds(AnIncident().WithEventsStored().Build());
        InboundMessage direct = new(Chat.EventId, Chat.Bob, new ConversationAddress(platform, "dm-bob"), "major declare INC-1001") { IsDirect = true };

        Reply reply = await _harness.ReplyToAsync(direct);

        Assert.Equal(expectedParent, incident.Major?.WarRoomParent);
        Assert.Equal($"{platform}:dm-bob", incident.Major?.DeclaredIn);
        Assert.Contains($"Its war room is opening as a thread under the on-call route `{expectedParent}`, since no thread can open in this chat.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declare_FromADirectChatWithoutOnCallRoutes_HasNoWarRoomAndSaysWhereUpdatesGo()
    {
        ItsmOptions options = EngineHarness.DefaultOptions();
        options.Routes.OnCall.Clear();
        using EngineHarness harness = new(options);
        Incident incident = harness.Holds(AnIncident().WithEventsStored().Build());
        InboundMessage direct = new(Chat.EventId, Chat.Bob, new ConversationAddress("local", "dm-bob"), "major declare INC-1001") { IsDirect = true };

        Reply reply = await harness.ReplyToAsync(direct);

        Assert.NotNull(incident.Major);
        Assert.Null(incident.Major.WarRoomParent);
        Assert.Contains(
            "No war room can open: this is a direct chat and no on-call route is configured, so updates go to the stakeholder routes.",
            reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declare_WithLinks_LinksEachAndReportsEveryFailureWithItsReason()
    {
        Incident incident = _harness.Holds(AnIncident().WithEventsStored().Build());
        Incident other = _harness.Holds(AnIncident().WithId(Inc1002).WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major declare INC-1001 link:INC-1002,INC-1003,INC-1001"));

        Assert.Equal([Inc1002], incident.Major?.LinkedIncidents);
        Assert.Equal(incident.Id, other.PartOf);
        Assert.EndsWith(
            "Linked INC-1002 to **INC-1001**.\n\nNot linked:\n- INC-1003: I can't find INC-1003.\n- INC-1001: INC-1001 can't be part of INC-1001.",
            reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declare_BurstOfferButton_DeclaresTheTargetAndLinksTheOthers()
    {
        Incident incident = _harness.Holds(AnIncident().WithEventsStored().Build());
        Incident second = _harness.Holds(AnIncident().WithId(Inc1002).WithEventsStored().Build());
        Incident third = _harness.Holds(AnIncident().WithId(Inc1003).WithEventsStored().Build());

        await _harness.HandleAsync(Chat.Olga.Clicks("major.declare", ("target", "INC-1001"), ("link", "INC-1002,INC-1003")));

        Assert.Equal([Inc1002, Inc1003], incident.Major?.LinkedIncidents);
        Assert.Equal(incident.Id, second.PartOf);
        Assert.Equal(incident.Id, third.PartOf);
    }
}
