using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.TestSupport.Builders;

/// <summary>
/// Builds a <see cref="Problem"/>: by default PRB-1001 "Mail queue stalls" on email, raised by the agent local:bob at
/// <see cref="BuilderDefaults.Instant"/> from INC-1001, in New, with its events pending. <see cref="InState"/> walks the
/// lifecycle there, a minute per step.
/// </summary>
public sealed class ProblemBuilder
{
    private readonly List<TicketId> _incidents = [BuilderDefaults.IncidentId];
    private TicketId _id = ProblemId;
    private string _title = "Mail queue stalls";
    private string _service = "email";
    private ProblemState _state = ProblemState.New;

    public static TicketId ProblemId { get; } = new(TicketType.Problem, TicketId.FirstNumber);

    public static ProblemBuilder AProblem() => new();

    public ProblemBuilder WithId(TicketId id)
    {
        _id = id;
        return this;
    }

    public ProblemBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    public ProblemBuilder OnService(string service)
    {
        _service = service;
        return this;
    }

    public ProblemBuilder WithIncidents(params TicketId[] incidents)
    {
        _incidents.Clear();
        _incidents.AddRange(incidents);
        return this;
    }

    public ProblemBuilder InState(ProblemState state)
    {
        _state = state;
        return this;
    }

    public Problem Build()
    {
        ActionContext context = ActionContextBuilder.AnActionContext().Build();
        Problem problem = Problem.Raise(_id, new ProblemDraft(_title, _service, _incidents), context).Problem
            ?? throw new InvalidOperationException("The builder's draft was refused.");
        int step = 0;
        ActionContext Next() => context with { At = context.At + TimeSpan.FromMinutes(++step) };
        if (_state is ProblemState.RootCauseAnalysis or ProblemState.Resolved or ProblemState.Closed)
        {
            Check(problem.RecordRootCause("The queue worker leaks connections.", Next()));
        }

        if (_state == ProblemState.KnownError)
        {
            Check(problem.RecordWorkaround("Restart the queue worker.", Next()));
        }

        if (_state is ProblemState.Resolved or ProblemState.Closed)
        {
            Check(problem.Resolve("Patched the worker.", Next()));
        }

        if (_state == ProblemState.Closed)
        {
            Check(problem.Close(Next()));
        }

        return problem;
    }

    private static void Check(Domain.Results.DomainResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.Error!.Message);
        }
    }
}
