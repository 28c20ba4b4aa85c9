using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.ProblemBuilder;

namespace ChatOpsItsm.Domain.Tests.Problems;

public sealed class ProblemTests
{
    private static readonly TicketId Inc1002 = new(TicketType.Incident, 1002);
    private static readonly ActionContext Context = AnActionContext().Build();

    [Fact]
    public void Raise_ValidDraft_IsNewWithItsIncidentsAndOneRaisedEvent()
    {
        (Problem? problem, IReadOnlyList<DomainError> errors) = Problem.Raise(
            ProblemId, new ProblemDraft("  Mail\tqueue  stalls ", " email ", [BuilderDefaults.IncidentId, Inc1002, BuilderDefaults.IncidentId]), Context);

        Assert.Empty(errors);
        Assert.Equal(ProblemState.New, problem!.State);
        Assert.Equal("Mail queue stalls", problem.Title);
        Assert.Equal("email", problem.Service);
        Assert.Equal([BuilderDefaults.IncidentId, Inc1002], problem.Incidents);
        AuditEvent raised = Assert.Single(problem.PendingEvents);
        Assert.Equal(AuditActions.Raised, raised.Action);
        Assert.Contains(raised.Changes, c => c is { Field: "incidents", NewValue: "INC-1001,INC-1002" });
        Assert.Equal(BuilderDefaults.Agent, problem.Requester);
    }

    [Theory]
    [InlineData("", "email", "The title is required.")]
    [InlineData("Stalls", " ", "The service is required.")]
    public void Raise_InvalidDraft_IsRefused(string title, string service, string expected)
    {
        (Problem? problem, IReadOnlyList<DomainError> errors) = Problem.Raise(ProblemId, new ProblemDraft(title, service, []), Context);

        Assert.Null(problem);
        Assert.Equal(expected, Assert.Single(errors).Message);
    }

    [Fact]
    public void Raise_ChangeIdAmongIncidents_IsRefused()
    {
        (_, IReadOnlyList<DomainError> errors) = Problem.Raise(
            ProblemId, new ProblemDraft("t", "s", [new TicketId(TicketType.Change, 1001)]), Context);

        Assert.Equal("A problem links incidents only (INC-…).", Assert.Single(errors).Message);
    }

    [Fact]
    public void Raise_TooManyIncidents_IsRefused()
    {
        TicketId[] many = [.. Enumerable.Range(1001, ProblemLimits.MaxIncidents + 1).Select(n => new TicketId(TicketType.Incident, n))];

        (_, IReadOnlyList<DomainError> errors) = Problem.Raise(ProblemId, new ProblemDraft("t", "s", many), Context);

        Assert.Equal($"A problem links at most {ProblemLimits.MaxIncidents} incidents.", Assert.Single(errors).Message);
    }

    [Fact]
    public void Raise_NotAProblemId_Throws()
    {
        Assert.Throws<ArgumentException>(() => Problem.Raise(BuilderDefaults.IncidentId, new ProblemDraft("t", "s", []), Context));
    }

    [Fact]
    public void Link_AlreadyLinked_IsUnchangedAndWritesNothing()
    {
        Problem problem = AProblem().Build();
        problem.MarkEventsStored();

        DomainResult result = problem.Link(BuilderDefaults.IncidentId, Context);

        Assert.Equal(DomainErrorCodes.Unchanged, result.Error!.Code);
        Assert.Equal("INC-1001 is already linked to PRB-1001.", result.Error.Message);
        Assert.Empty(problem.PendingEvents);
    }

    [Fact]
    public void Unlink_NotLinked_IsUnchanged()
    {
        DomainResult result = AProblem().Build().Unlink(Inc1002, Context);

        Assert.Equal("INC-1002 is not linked to PRB-1001.", result.Error!.Message);
    }

    [Fact]
    public void Link_AtTheLimit_IsRefused()
    {
        TicketId[] full = [.. Enumerable.Range(1001, ProblemLimits.MaxIncidents).Select(n => new TicketId(TicketType.Incident, n))];
        Problem problem = AProblem().WithIncidents(full).Build();

        DomainResult result = problem.Link(new TicketId(TicketType.Incident, 9999), Context);

        Assert.Equal(DomainErrorCodes.Validation, result.Error!.Code);
    }

    [Fact]
    public void Link_NotAnIncident_Throws()
    {
        Assert.Throws<ArgumentException>(() => AProblem().Build().Link(ProblemId, Context));
    }

    [Fact]
    public void LinkThenUnlink_KeepsOrderAndRecordsBoth()
    {
        Problem problem = AProblem().Build();

        problem.Link(Inc1002, Context);
        problem.Unlink(BuilderDefaults.IncidentId, Context);

        Assert.Equal([Inc1002], problem.Incidents);
        Assert.Equal([AuditActions.Raised, AuditActions.Linked, AuditActions.Unlinked], problem.PendingEvents.Select(e => e.Action));
        Assert.Equal(new FieldChange("incident", "INC-1001", null), Assert.Single(problem.PendingEvents[^1].Changes));
    }

    [Fact]
    public void RecordRootCause_HostileText_IsStoredVerbatimAsTheEventText()
    {
        Problem problem = AProblem().Build();
        const string hostile = "'; DROP TABLE x; -- <script>alert(1)</script> PartitionKey eq 'INC'";

        problem.RecordRootCause(hostile, Context);

        Assert.Equal(hostile, problem.RootCause);
        Assert.Equal(hostile, problem.PendingEvents[^1].Text);
    }

    [Fact]
    public void RecordRootCause_SameTextAgain_IsUnchanged()
    {
        Problem problem = AProblem().InState(ProblemState.RootCauseAnalysis).Build();

        DomainResult result = problem.RecordRootCause("The queue worker leaks connections.", Context);

        Assert.Equal(DomainErrorCodes.Unchanged, result.Error!.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void RecordWorkaround_Blank_IsRefused(string text)
    {
        Problem problem = AProblem().Build();

        DomainResult result = problem.RecordWorkaround(text, Context);

        Assert.Equal("The workaround is required.", result.Error!.Message);
        Assert.Equal(ProblemState.New, problem.State);
    }

    [Fact]
    public void RecordWorkaround_TooLong_IsRefused()
    {
        DomainResult result = AProblem().Build().RecordWorkaround(new string('x', ProblemLimits.WorkaroundMaxLength + 1), Context);

        Assert.Equal(DomainErrorCodes.Validation, result.Error!.Code);
    }

    [Fact]
    public void RecordWorkaround_Revised_KeepsTheFirstKnownErrorInstant()
    {
        Problem problem = AProblem().InState(ProblemState.KnownError).Build();
        DateTimeOffset? first = problem.ToSnapshot().KnownErrorAt;

        problem.RecordWorkaround("Restart the worker twice.", Context with { At = Context.At + TimeSpan.FromDays(1) });

        Assert.Equal("Restart the worker twice.", problem.Workaround);
        Assert.Equal(first, problem.ToSnapshot().KnownErrorAt);
        Assert.Equal(new FieldChange("workaround", "revised", "recorded"), Assert.Single(problem.PendingEvents[^1].Changes));
    }

    [Fact]
    public void Resolve_WithoutText_IsRefused()
    {
        DomainResult result = AProblem().InState(ProblemState.KnownError).Build().Resolve(" ", Context);

        Assert.Equal("The resolution is required.", result.Error!.Message);
    }

    [Fact]
    public void FromSnapshot_ToSnapshot_RoundTrips()
    {
        ProblemSnapshot snapshot = AProblem().InState(ProblemState.Closed).Build().ToSnapshot();

        Assert.Same(snapshot, Problem.FromSnapshot(snapshot).ToSnapshot());
        Assert.NotNull(snapshot.ResolvedAt);
        Assert.NotNull(snapshot.ClosedAt);
    }
}
