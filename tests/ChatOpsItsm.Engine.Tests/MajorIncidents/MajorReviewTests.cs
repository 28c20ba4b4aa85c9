using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Sla;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Engine.Timers;
using ChatOpsItsm.TestSupport.Builders;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests.MajorIncidents;

/// <summary>
/// The review of a scripted major incident: Dave reports INC-1002 at 13:50, Alice INC-1001 "Mail down" (P1, email) at
/// 14:00; Bob takes it at 14:02:11 and declares it major at 14:05; then roles, the war room, a join, the link, an
/// update, a timeline line, a reminder, a snooze, mitigation at 15:00, an action, the resolution at 15:45 and the action
/// raised as PRB-1001 at 16:00. Each step moves a <see cref="FakeTimeProvider"/> on and stamps the instant it reads.
/// </summary>
public sealed class MajorReviewTests
{
    private static readonly TicketId Major = new(TicketType.Incident, 1001);
    private static readonly TicketId Linked = new(TicketType.Incident, 1002);
    private static readonly TicketId Problem = TicketId.Parse("PRB-1001");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 13, 50, 0, TimeSpan.Zero));
    private readonly IIncidentStore _store = Substitute.For<IIncidentStore>();
    private readonly IProblemStore _problems = Substitute.For<IProblemStore>();
    private readonly MajorReview _review;

    public MajorReviewTests()
    {
        _review = new MajorReview(_store, new ProblemHints(_problems));
        _problems.ListAsync(default!, TestContext.Current.CancellationToken).ReturnsForAnyArgs(new ProblemPage([], null));
    }

    [Fact]
    public async Task RenderAsync_UnknownIncident_IsNotFound()
    {
        MajorReviewResult result = await _review.RenderAsync(Major, TestContext.Current.CancellationToken);

        Assert.Equal(MajorReviewResult.NotFound, result);
    }

    [Fact]
    public async Task RenderAsync_RoutineIncident_IsNotMajor()
    {
        Incident incident = Report(Major, "Mail down", "Alice", TimeSpan.Zero);
        Hold(incident);

        MajorReviewResult result = await _review.RenderAsync(Major, TestContext.Current.CancellationToken);

        Assert.Equal(MajorReviewResult.NotMajor, result);
    }

    [Fact]
    public async Task RenderAsync_HeadingAndStatusLine_NameTheIncidentAndItsDeclaration()
    {
        string review = await ScriptedReviewAsync();

        Assert.StartsWith(
            "# Post-incident review: INC-1001 · Mail down\n\n"
            + "**P1** · email · Resolved · declared by **Bob** at 2026-11-28 14:05:00 UTC · commander: **Bob**\n\n## Summary\n\n",
            review,
            StringComparison.Ordinal);
        Assert.Equal(
            ["Summary", "Impact", "Key times", "Timeline", "Participants and roles", "Linked incidents and problem", "Follow-up actions"],
            review.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]));
        Assert.EndsWith("became PRB-1001\n", review, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_Summary_KeepsItsLinesButNoneCanOpenABlock()
    {
        string review = await ScriptedReviewAsync();

        Assert.Equal("Disk full on mta-1.\n\\---\n\\<script>alert(1)\\</script>\n\\| a | b |\n\\# not a heading", Section(review, "Summary"));
    }

    [Fact]
    public async Task RenderAsync_Impact_CountsTheLinkedIncidentsAndTheDurationsFromTheFirstReport()
    {
        string review = await ScriptedReviewAsync();

        Assert.Equal(
            "- Service: email\n"
            + "- Priority: P1 (impact high, urgency high)\n"
            + "- Incidents: 2 (INC-1001 and 1 linked)\n"
            + "- Duration: 1 h 10 min from the first report to mitigation, 1 h 55 min to resolution",
            Section(review, "Impact"));
    }

    [Fact]
    public async Task RenderAsync_KeyTimes_AreExactAndCountFromTheLinkedIncidentsEarlierReport()
    {
        string review = await ScriptedReviewAsync();

        Assert.Equal(
            "| Milestone | When | Time from first report |\n"
            + "|---|---|---|\n"
            + "| First report (INC-1002) | 2026-11-28 13:50:00 UTC | 0 s |\n"
            + "| Reported | 2026-11-28 14:00:00 UTC | 10 min |\n"
            + "| Acknowledged | 2026-11-28 14:02:11 UTC | 12 min 11 s |\n"
            + "| Declared major | 2026-11-28 14:05:00 UTC | 15 min |\n"
            + "| Mitigated | 2026-11-28 15:00:00 UTC | 1 h 10 min |\n"
            + "| Resolved | 2026-11-28 15:45:00 UTC | 1 h 55 min |",
            Section(review, "Key times"));
    }

    [Fact]
    public async Task RenderAsync_Timeline_IsEveryEventInOrderAsASentence()
    {
        string review = await ScriptedReviewAsync();

        Assert.Equal(
            string.Join('\n',
                "- 2026-11-28 14:00:00 UTC — **Alice** reported the incident (P1, service email)",
                "- 2026-11-28 14:02:11 UTC — **Bob** took the incident (New → In Progress)",
                "- 2026-11-28 14:05:00 UTC — **Bob** declared a major incident (commander: Bob)",
                "- 2026-11-28 14:06:00 UTC — **Bob** made **Carol** communications lead",
                "- 2026-11-28 14:06:30 UTC — **ITSM bot** opened the war room",
                "- 2026-11-28 14:07:00 UTC — **Erin** joined the war room",
                "- 2026-11-28 14:10:00 UTC — **Bob** linked INC-1002 to this major incident",
                "- 2026-11-28 14:15:00 UTC — **Carol** posted status update #1: Mail queue stuck. # not a heading",
                "- 2026-11-28 14:20:00 UTC — **Olga** added to the timeline: Restarted the MTA",
                "- 2026-11-28 14:45:00 UTC — **ITSM bot** reminded Bob that a status update was overdue",
                "- 2026-11-28 14:50:00 UTC — **Carol** snoozed the update reminders until 2026-11-28 15:20:00 UTC",
                "- 2026-11-28 15:00:00 UTC — **Bob** marked the impact mitigated: Failover to mta-2.",
                "- 2026-11-28 15:30:00 UTC — **Bob** added follow-up action #1: Alert on queue depth (owner: Carol)",
                "- 2026-11-28 15:45:00 UTC — **Bob** resolved the incident: Disk full on mta-1. --- \\<script>alert(1)\\</script> | a | b | # not a heading",
                "- 2026-11-28 16:00:00 UTC — **Bob** raised follow-up action #1 as PRB-1001"),
            Section(review, "Timeline"));
    }

    [Fact]
    public async Task RenderAsync_Participants_RoleHoldersFirstThenEveryoneElseOnceWithoutTheBot()
    {
        string review = await ScriptedReviewAsync();

        Assert.Equal(
            "- **Bob** — incident commander\n- **Carol** — communications lead\n- **Alice**\n- **Erin**\n- **Olga**",
            Section(review, "Participants and roles"));
    }

    [Fact]
    public async Task RenderAsync_LinkedIncidentsAndProblem_EscapePipesInCells()
    {
        string review = await ScriptedReviewAsync();

        Assert.Equal(
            "| Incident | Title | Service | Reported | State |\n"
            + "|---|---|---|---|---|\n"
            + "| INC-1002 | Outlook \\| can't send | email | 2026-11-28 13:50:00 UTC | New |\n\n"
            + "Problem: **PRB-1001** · Mail disk fills up (Root Cause Analysis)",
            Section(review, "Linked incidents and problem"));
    }

    [Fact]
    public async Task RenderAsync_FollowUpActions_AreNumberedWithOwnerAndTicket()
    {
        string review = await ScriptedReviewAsync();

        Assert.Equal("1. Alert on queue depth — owner: Carol — became PRB-1001", Section(review, "Follow-up actions"));
    }

    [Fact]
    public async Task RenderAsync_TheSameRecordsTwice_GiveTheSameText()
    {
        string first = await ScriptedReviewAsync();
        _time.Advance(TimeSpan.FromDays(2));

        MajorReviewResult again = await _review.RenderAsync(Major, TestContext.Current.CancellationToken);

        Assert.Equal(first, again.Markdown);
    }

    [Fact]
    public async Task RenderAsync_StillRunning_SaysWhatHasNotHappenedYetAndAcknowledgedAtTheDeclaration()
    {
        Incident incident = Report(Major, "Mail down", "Alice", TimeSpan.FromMinutes(10));
        Ok(incident.DeclareMajor(new RoleHolder(Person("Bob"), "Bob"), TimeSpan.FromMinutes(30), "local:general", Step("Bob", TimeSpan.FromMinutes(5))));
        Hold(incident);

        string review = (await _review.RenderAsync(Major, TestContext.Current.CancellationToken)).Markdown!;

        Assert.Equal("Not resolved yet.", Section(review, "Summary"));
        Assert.EndsWith("- Incidents: 1 (no linked incidents)\n- Duration: not mitigated yet", Section(review, "Impact"), StringComparison.Ordinal);
        Assert.Equal(
            "| Milestone | When | Time from first report |\n|---|---|---|\n"
            + "| Reported | 2026-11-28 14:00:00 UTC | 0 s |\n"
            + "| Acknowledged | 2026-11-28 14:05:00 UTC | 5 min |\n"
            + "| Declared major | 2026-11-28 14:05:00 UTC | 5 min |\n"
            + "| Mitigated | — | — |\n"
            + "| Resolved | — | — |",
            Section(review, "Key times"));
        Assert.Equal("- **Bob** — incident commander\n- **Alice**", Section(review, "Participants and roles"));
        Assert.Equal("No linked incidents.\n\nNo problem names this incident yet.", Section(review, "Linked incidents and problem"));
        Assert.Equal("None yet.", Section(review, "Follow-up actions"));
    }

    [Fact]
    public async Task RenderAsync_Canceled_SaysWhenAndHasACanceledRow()
    {
        Incident incident = Report(Major, "Mail down", "Alice", TimeSpan.FromMinutes(10));
        Ok(incident.DeclareMajor(new RoleHolder(Person("Bob"), "Bob"), TimeSpan.FromMinutes(30), "local:general", Step("Bob", TimeSpan.FromMinutes(5))));
        Ok(incident.Cancel("Duplicate.", Step("Bob", TimeSpan.FromMinutes(20))));
        Hold(incident);

        string review = (await _review.RenderAsync(Major, TestContext.Current.CancellationToken)).Markdown!;

        Assert.EndsWith("- Duration: canceled 25 min after the first report", Section(review, "Impact"), StringComparison.Ordinal);
        Assert.EndsWith("| Canceled | 2026-11-28 14:25:00 UTC | 25 min |", Section(review, "Key times"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_LinkedIncidentGoneAndProblemsUnreadable_StillRenders()
    {
        Incident incident = Report(Major, "Mail | down", "Alice", TimeSpan.FromMinutes(10));
        Ok(incident.DeclareMajor(new RoleHolder(Person("Bob"), "Bob"), TimeSpan.FromMinutes(30), "local:general", Step("Bob", TimeSpan.FromMinutes(5))));
        Ok(incident.LinkIncident(Linked, Step("Bob", TimeSpan.FromMinutes(1))));
        Hold(incident);
        _problems.ListAsync(default!, TestContext.Current.CancellationToken)
            .ReturnsForAnyArgs(Task.FromException<ProblemPage>(new StorageUnavailableException("down")));

        string review = (await _review.RenderAsync(Major, TestContext.Current.CancellationToken)).Markdown!;

        Assert.StartsWith("# Post-incident review: INC-1001 · Mail | down\n", review, StringComparison.Ordinal);
        Assert.Equal(
            "| Incident | Title | Service | Reported | State |\n|---|---|---|---|---|\n| INC-1002 | (not found) | — | — | — |\n\n"
            + "No problem names this incident yet.",
            Section(review, "Linked incidents and problem"));
    }

    [Fact]
    public async Task RenderAsync_SeveralProblemsAndAScribeWhoIsAlsoCommander_ListsThemAll()
    {
        Incident incident = Report(Major, "Mail down", "Alice", TimeSpan.FromMinutes(10));
        Ok(incident.DeclareMajor(new RoleHolder(Person("Bob"), "Bob"), TimeSpan.FromMinutes(30), "local:general", Step("Bob", TimeSpan.FromMinutes(5))));
        Ok(incident.AssignMajorRole(MajorRole.Scribe, new RoleHolder(Person("Bob"), "Bob"), Step("Bob", TimeSpan.FromMinutes(1))));
        Hold(incident);
        _problems.ListAsync(default!, TestContext.Current.CancellationToken).ReturnsForAnyArgs(new ProblemPage(
            [ProblemOf(Problem, "Disk fills up", ProblemState.KnownError), ProblemOf(TicketId.Parse("PRB-1002"), "No # alerting", ProblemState.New)], null));

        string review = (await _review.RenderAsync(Major, TestContext.Current.CancellationToken)).Markdown!;

        Assert.Equal("- **Bob** — incident commander, scribe\n- **Alice**", Section(review, "Participants and roles"));
        Assert.EndsWith(
            "Problems:\n- **PRB-1001** · Disk fills up (Known Error)\n- **PRB-1002** · No # alerting (New)",
            Section(review, "Linked incidents and problem"),
            StringComparison.Ordinal);
        Assert.Contains("- 2026-11-28 14:06:00 UTC — **Bob** took the scribe role", Section(review, "Timeline"), StringComparison.Ordinal);
    }

    /// <summary>The text between <c>## heading</c> and the next section (or the end), without the blank lines around it.</summary>
    private static string Section(string review, string heading)
    {
        string start = $"\n## {heading}\n\n";
        int from = review.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"No section {heading}.");
        from += start.Length;
        int to = review.IndexOf("\n\n## ", from, StringComparison.Ordinal);
        return (to < 0 ? review[from..] : review[from..to]).TrimEnd('\n');
    }

    private static UserIdentity Person(string name) => new("local", name.ToLowerInvariant());

    private static void Ok(DomainResult result) => Assert.True(result.Succeeded, result.Error?.Message);

    private static ProblemSummary ProblemOf(TicketId id, string title, ProblemState state) =>
        new(id, title, "email", state, null, 1, BuilderDefaults.Instant);

    private async Task<string> ScriptedReviewAsync()
    {
        Incident linked = Report(Linked, "Outlook | can't send", "Dave", TimeSpan.Zero);
        Incident incident = Report(Major, "Mail down", "Alice", TimeSpan.FromMinutes(10));
        Ok(incident.Assign(Person("Bob"), "Bob", Step("Bob", new TimeSpan(0, 2, 11))));
        Ok(incident.DeclareMajor(new RoleHolder(Person("Bob"), "Bob"), TimeSpan.FromMinutes(30), "local:general", Step("Bob", new TimeSpan(0, 2, 49))));
        Ok(incident.AssignMajorRole(MajorRole.Communications, new RoleHolder(Person("Carol"), "Carol"), Step("Bob", TimeSpan.FromMinutes(1))));
        Ok(incident.RecordWarRoom("local:war-1", SystemActor.At(Advance(TimeSpan.FromSeconds(30)))));
        Ok(incident.RecordJoined(Step("Erin", TimeSpan.FromSeconds(30))));
        Ok(incident.LinkIncident(Linked, Step("Bob", TimeSpan.FromMinutes(3))));
        Ok(incident.PostStatusUpdate("Mail queue stuck.\n# not a heading", Step("Carol", TimeSpan.FromMinutes(5))));
        Ok(incident.AddTimelineEntry("Restarted the MTA", Step("Olga", TimeSpan.FromMinutes(5))));
        Ok(incident.RecordCadenceReminder("Bob", SystemActor.At(Advance(TimeSpan.FromMinutes(25)))));
        Ok(incident.SnoozeCadence(TimeSpan.FromMinutes(30), Step("Carol", TimeSpan.FromMinutes(5))));
        Ok(incident.MarkMitigated("Failover to mta-2.", Step("Bob", TimeSpan.FromMinutes(10))));
        Ok(incident.AddFollowUpAction("Alert on queue depth", new RoleHolder(Person("Carol"), "Carol"), Step("Bob", TimeSpan.FromMinutes(30))));
        Ok(incident.ResolveMajor(
            "Disk full on mta-1.\n---\n<script>alert(1)</script>\n| a | b |\n    # not a heading", Step("Bob", TimeSpan.FromMinutes(15))));
        Ok(incident.RecordActionRaised(1, Problem, Step("Bob", TimeSpan.FromMinutes(15))));
        Hold(incident);
        _store.GetAsync(Linked, Arg.Any<CancellationToken>()).Returns(new StoredIncident(linked, new RecordVersion("etag-2")));
        _problems.ListAsync(Arg.Is<ProblemQuery>(q => q.Kind == ProblemListKind.ForIncident && q.Incident == Major), Arg.Any<CancellationToken>())
            .Returns(new ProblemPage([ProblemOf(Problem, "Mail disk fills up", ProblemState.RootCauseAnalysis)], null));

        MajorReviewResult result = await _review.RenderAsync(Major, TestContext.Current.CancellationToken);

        Assert.Equal(MajorReviewStatus.Ready, result.Status);
        return result.Markdown!;
    }

    /// <summary>Reports an incident on email (P1) as <paramref name="who"/> after moving the clock on by <paramref name="after"/>.</summary>
    private Incident Report(TicketId id, string title, string who, TimeSpan after)
    {
        IncidentDraft draft = IncidentDraftBuilder.ADraft().WithTitle(title).WithService("email").WithPriority(Priority.P1).Build();
        return Incident.Report(id, draft, SlaPolicy.Default, Step(who, after)).Incident!;
    }

    private ActionContext Step(string who, TimeSpan after) => new(Person(who), who, "local:general", Advance(after));

    private DateTimeOffset Advance(TimeSpan by)
    {
        _time.Advance(by);
        return _time.GetUtcNow();
    }

    private void Hold(Incident incident) =>
        _store.GetWithHistoryAsync(incident.Id, Arg.Any<CancellationToken>()).Returns(new IncidentWithHistory(incident, [.. incident.PendingEvents]));
}
