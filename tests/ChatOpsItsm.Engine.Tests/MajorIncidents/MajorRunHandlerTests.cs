using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using NSubstitute;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.MajorIncidents;

/// <summary>
/// <c>major update|note|mitigate|resolve|snooze</c> on INC-1001, a major incident In Progress with Bob in command and a
/// 30-minute cadence declared at the harness's instant (09:00 UTC).
/// </summary>
public sealed class MajorRunHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Update_ByTheCommander_RestartsTheCadenceAndSaysWhereItGoes()
    {
        Incident incident = _harness.HoldsMajor();
        _harness.Time.Advance(TimeSpan.FromMinutes(20));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major update INC-1001 Mail flows again for half the users"));

        Assert.Equal(1, incident.Major?.UpdateCount);
        Assert.Equal("Mail flows again for half the users", incident.Major?.LastUpdate);
        AuditEvent update = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.StatusUpdate, update.Action);
        await _harness.Incidents.Received(1).SaveAsync(incident, EngineHarness.StoredVersion, Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
        Assert.Equal(
            "Status update 1 on **INC-1001** goes to 1 route: the war room. The next one is due in 30 min (2026-01-05 09:50 UTC).",
            reply.Text);
    }

    [Fact]
    public async Task Update_WithStakeholderRoutes_CountsThemWithTheWarRoom()
    {
        ItsmOptions options = EngineHarness.DefaultOptions();
        options.Routes.Stakeholders.Add("local:stakeholders");
        options.Routes.Stakeholders.Add("teams:19:exec@thread.tacv2");
        options.Routes.Stakeholders.Add("local:stakeholders");
        using EngineHarness harness = new(options);
        harness.HoldsMajor();

        Reply reply = await harness.ReplyToAsync(Chat.Bob.Says("major update INC-1001 Failover started"));

        Assert.StartsWith("Status update 1 on **INC-1001** goes to 3 routes: the war room and 2 stakeholder routes.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_ByACommunicationsLeadWhoIsARequester_IsAllowed()
    {
        Incident incident = _harness.HoldsMajor();
        incident.AssignMajorRole(MajorRole.Communications, new RoleHolder(Chat.Carol.Identity, "Carol"), AnActionContext().Build());
        incident.MarkEventsStored();

        Reply reply = await _harness.ReplyToAsync(Chat.Carol.Says("major update INC-1001 Customers informed"));

        Assert.Equal("Customers informed", incident.Major?.LastUpdate);
        Assert.StartsWith("Status update 1 on **INC-1001**", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("major update INC-1001 All good")]
    [InlineData("major note INC-1001 Restarted the relay")]
    [InlineData("major mitigate INC-1001")]
    [InlineData("major resolve INC-1001 Relay replaced")]
    [InlineData("major snooze INC-1001 1h")]
    public async Task Steps_ByARequesterWithoutARole_AreRefusedAndSaveNothing(string typed)
    {
        Incident incident = _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(typed));

        Assert.Equal("Only agents, on-call engineers and the major incident's role holders can do that.", reply.Text);
        Assert.Empty(incident.PendingEvents);
        await _harness.AssertNothingWrittenAsync();
    }

    [Theory]
    [InlineData("major update INC-1009 Still down", "I can't find INC-1009.")]
    [InlineData("major update CHG-1001 Still down", "CHG-1001 is not an incident; a major incident has an incident id such as INC-1001.")]
    [InlineData("major update nonsense", "`nonsense` is not a ticket id such as INC-1001.")]
    [InlineData("major update INC-1001", "The update is required.")]
    [InlineData("major snooze INC-1001 3h", "The for must be one of: 30m, 1h, 2h.")]
    [InlineData("major snooze INC-1001", "For how long: 30m, 1h or 2h? Usage: `major snooze <id> <for>`")]
    public async Task Steps_BadInput_AreAClearRefusalAndSaveNothing(string typed, string expected)
    {
        _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says(typed));

        Assert.Equal(expected, reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Update_TooLong_IsRefusedByTheCatalogLimit()
    {
        _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major update INC-1001 " + new string('x', MajorLimits.UpdateMaxLength + 1)));

        Assert.Equal($"The text is {MajorLimits.UpdateMaxLength + 1} characters long; the limit is {MajorLimits.UpdateMaxLength}.", reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Update_NotMajor_SaysToDeclareItFirst()
    {
        _harness.Holds(AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major update INC-1001 Still down"));

        Assert.Equal("INC-1001 is not a major incident: declare it first with `major declare INC-1001`.", reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Update_Resolved_IsRefusedAsOver()
    {
        _harness.HoldsMajor(IncidentState.Resolved);

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major update INC-1001 Still down"));

        Assert.Equal("INC-1001 is Resolved, so the major incident is over and can't be given a status update.", reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Update_OthersKeepWriting_SaysSoAfterTheLastAttempt()
    {
        _harness.HoldsMajor();
        _harness.Incidents.SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>())
            .Returns(SaveOutcome.Conflict);

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major update INC-1001 Still down"));

        Assert.Equal("INC-1001 is being changed by others right now; nothing was changed. Try again in a moment.", reply.Text);
    }

    [Fact]
    public async Task Note_AddsATimelineEntry()
    {
        Incident incident = _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Says("major note INC-1001 Relay restarted at 09:05"));

        AuditEvent entry = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.TimelineEntry, entry.Action);
        Assert.Equal("Relay restarted at 09:05", entry.Text);
        Assert.Equal(Chat.Olga.Identity, entry.Actor);
        Assert.Equal("Added to **INC-1001**'s timeline.", reply.Text);
    }

    [Fact]
    public async Task Mitigate_WithoutText_RecordsTheDefaultAndWhen()
    {
        Incident incident = _harness.HoldsMajor();
        _harness.Time.Advance(TimeSpan.FromMinutes(12));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major mitigate INC-1001"));

        Assert.Equal(_harness.Time.GetUtcNow(), incident.Major?.MitigatedAt);
        Assert.Equal(MajorRunHandler.DefaultMitigation, Assert.Single(incident.PendingEvents).Text);
        Assert.Equal(
            "**INC-1001** is mitigated as of 2026-01-05 09:12 UTC. Once the cause is fixed: `major resolve INC-1001 <summary>`.",
            reply.Text);
    }

    [Fact]
    public async Task Mitigate_Twice_IsTheDomainsRefusal()
    {
        Incident incident = _harness.HoldsMajor();
        incident.MarkMitigated("Failover", AnActionContext().Build());
        incident.MarkEventsStored();

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major mitigate INC-1001 again"));

        Assert.Equal("INC-1001 was marked mitigated 2026-01-05 09:00:00 UTC.", reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Resolve_EndsItWithTheSummary()
    {
        Incident incident = _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major resolve INC-1001 A failed relay; replaced it"));

        Assert.Equal(IncidentState.Resolved, incident.State);
        Assert.Equal("A failed relay; replaced it", incident.Major?.Summary);
        Assert.False(incident.Major?.IsActive);
        Assert.Equal(
            "**INC-1001** is resolved and its status updates have stopped. The post-incident review: `major review INC-1001`.",
            reply.Text);
    }

    [Fact]
    public async Task Resolve_WithoutSummary_IsRefused()
    {
        _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major resolve INC-1001"));

        Assert.Equal("The summary is required.", reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Snooze_Typed_HoldsTheRemindersForThePeriod()
    {
        Incident incident = _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major snooze INC-1001 1h"));

        Assert.Equal(_harness.Time.GetUtcNow().AddHours(1), incident.Major?.SnoozedUntil);
        Assert.Equal("Update reminders for **INC-1001** are snoozed until 2026-01-05 10:00 UTC.", reply.Text);
    }

    [Fact]
    public async Task Snooze_ReminderButton_SnoozesForItsPeriod()
    {
        Incident incident = _harness.HoldsMajor();

        await _harness.HandleAsync(Chat.Bob.Clicks("major.snooze", ("id", "INC-1001"), ("for", "30m")));

        Assert.Equal(_harness.Time.GetUtcNow().AddMinutes(30), incident.Major?.SnoozedUntil);
    }
}
