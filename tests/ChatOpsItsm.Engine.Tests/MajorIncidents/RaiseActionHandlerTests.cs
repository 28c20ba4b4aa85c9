using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using NSubstitute;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.MajorIncidents;

/// <summary>
/// <c>major raise</c> on INC-1001, a major incident on printing with one follow-up action, "Alert on relay queue depth".
/// </summary>
public sealed class RaiseActionHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Raise_AsProblem_RaisesItOnTheIncidentsServiceAndRecordsIt()
    {
        Incident incident = HoldsMajorWithAnAction();

        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Says("major raise INC-1001 1 problem"));

        Problem problem = Assert.IsType<Problem>(_harness.StoredProblem(EngineHarness.FirstProblemId));
        Assert.Equal("Alert on relay queue depth", problem.Title);
        Assert.Equal("printing", problem.Service);
        Assert.Equal([incident.Id], problem.Incidents);
        Assert.Equal(EngineHarness.FirstProblemId, incident.Major!.Actions[0].BecameTicket);
        Assert.Equal(
            "Raised the problem **PRB-1001** from action 1 of **INC-1001**: Alert on relay queue depth\nNext: `problem rootcause PRB-1001 <text>`.",
            reply.Text);
    }

    [Fact]
    public async Task Raise_AsChange_DraftsANormalChangeWithPlaceholdersAndRecordsIt()
    {
        Incident incident = HoldsMajorWithAnAction();

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major raise INC-1001 1 change"));

        Change change = Assert.Single(_harness.WrittenChanges);
        Assert.Equal(ChangeType.Normal, change.Type);
        Assert.Equal(ChangeState.Draft, change.State);
        Assert.Equal("Alert on relay queue depth", change.Title);
        Assert.Equal("printing", change.Service);
        Assert.Equal(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero), change.PlannedWindow.Start);
        Assert.Equal(FollowUpTickets.PlaceholderRollback, change.RollbackPlan);
        Assert.Contains("Follow-up action 1 of the major incident INC-1001", change.Description, StringComparison.Ordinal);
        Assert.EndsWith("correct them with `change edit <id> start:… end:… rollback:…` before submitting.", change.Description, StringComparison.Ordinal);
        Assert.Equal(EngineHarness.FirstChangeId, incident.Major!.Actions[0].BecameTicket);
        Assert.StartsWith("Raised the draft change **CHG-1001** from action 1 of **INC-1001**", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith(
            "placeholders: correct them with `change edit CHG-1001 start:… end:… rollback:…`, then `change submit CHG-1001`.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raise_LongAction_CutsTheTitleAndKeepsTheWholeTextOnTheIncident()
    {
        Incident incident = _harness.HoldsMajor();
        string text = new('x', MajorLimits.ActionMaxLength);
        incident.AddFollowUpAction(text, null, AnActionContext().Build());
        incident.MarkEventsStored();

        await _harness.HandleAsync(Chat.Olga.Says("major raise INC-1001 1 problem"));

        Problem problem = Assert.IsType<Problem>(_harness.StoredProblem(EngineHarness.FirstProblemId));
        Assert.Equal(ProblemLimits.TitleMaxLength, problem.Title.Length);
        Assert.EndsWith("…", problem.Title, StringComparison.Ordinal);
        Assert.Equal(text, incident.Major!.Actions[0].Text);
    }

    [Fact]
    public async Task Raise_AlreadyRaised_IsRefusedAndRaisesNoSecondTicket()
    {
        HoldsMajorWithAnAction();
        await _harness.HandleAsync(Chat.Olga.Says("major raise INC-1001 1 problem"));

        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Says("major raise INC-1001 1 change"));

        Assert.Equal("Action 1 of INC-1001 already became PRB-1001.", reply.Text);
        Assert.Empty(_harness.WrittenChanges);
    }

    [Theory]
    [InlineData("olga", "major raise INC-1001 2 problem", "INC-1001's follow-up actions are numbered 1 to 1.")]
    [InlineData("olga", "major raise INC-1001 one problem", "Which action? Give its number, as `major show INC-1001` lists them. Usage: `major raise <id> <number> <as>`")]
    [InlineData("olga", "major raise INC-1001 0 problem", "Which action? Give its number, as `major show INC-1001` lists them. Usage: `major raise <id> <number> <as>`")]
    [InlineData("olga", "major raise INC-1001 1 incident", "The as must be one of: problem, change.")]
    [InlineData("olga", "major raise INC-1001 1", "Raise it as a problem or a change? Usage: `major raise <id> <number> <as>`")]
    [InlineData("olga", "major raise INC-1009 1 problem", "I can't find INC-1009.")]
    [InlineData("alice", "major raise INC-1001 1 change", "Only agents, on-call engineers and the major incident's role holders can do that.")]
    public async Task Raise_Refused_RaisesNothingAndSavesNothing(string who, string typed, string expected)
    {
        Incident incident = HoldsMajorWithAnAction();

        Reply reply = await _harness.ReplyToAsync(Chat.Named(who).Says(typed));

        Assert.Equal(expected, reply.Text);
        Assert.Null(_harness.StoredProblem(EngineHarness.FirstProblemId));
        Assert.Empty(_harness.WrittenChanges);
        Assert.Null(incident.Major!.Actions[0].BecameTicket);
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Raise_NotMajor_IsRefused()
    {
        _harness.Holds(AnIncident().WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Says("major raise INC-1001 1 problem"));

        Assert.Equal("INC-1001 is not a major incident, so it has no follow-up actions.", reply.Text);
        Assert.Null(_harness.StoredProblem(EngineHarness.FirstProblemId));
    }

    [Fact]
    public async Task Raise_ByACommunicationsLeadWhoIsARequester_MayDraftAChangeButNotRaiseAProblem()
    {
        Incident incident = HoldsMajorWithAnAction();
        incident.AssignMajorRole(MajorRole.Communications, new RoleHolder(Chat.Carol.Identity, "Carol"), AnActionContext().Build());
        incident.MarkEventsStored();

        Reply problem = await _harness.ReplyToAsync(Chat.Carol.Says("major raise INC-1001 1 problem"));
        Reply change = await _harness.ReplyToAsync(Chat.Carol.Says("major raise INC-1001 1 change"));

        Assert.Equal("Only agents and on-call engineers can raise problems; raise it as a change, or ask one of them.", problem.Text);
        Assert.Null(_harness.StoredProblem(EngineHarness.FirstProblemId));
        Assert.StartsWith("Raised the draft change **CHG-1001**", change.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raise_RecordingFailsAfterTheTicketWasMade_NamesTheTicketSoNothingIsLost()
    {
        _harness.HoldsCopiesOf(HoldsMajorWithAnAction());
        _harness.Incidents.SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>())
            .Returns(SaveOutcome.Conflict);

        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Says("major raise INC-1001 1 problem"));

        Assert.NotNull(_harness.StoredProblem(EngineHarness.FirstProblemId));
        Assert.Equal(
            "Raised the problem **PRB-1001** from action 1 of INC-1001, but I couldn't record that on INC-1001: others kept changing it. "
            + "Nothing is lost: PRB-1001 exists, so don't raise the action again.",
            reply.Text);
    }

    private Incident HoldsMajorWithAnAction()
    {
        Incident incident = _harness.HoldsMajor();
        incident.AddFollowUpAction("Alert on relay queue depth", null, AnActionContext().Build());
        incident.MarkEventsStored();
        return incident;
    }
}
