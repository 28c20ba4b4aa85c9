using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Engine.Problems;

/// <summary>The outcome of <see cref="ProblemUpdater.UpdateAsync"/>: the problem as last read (changed when saved), and why it refused.</summary>
public sealed record ProblemUpdate(ProblemUpdateStatus Status, Problem? Problem, DomainError? Refusal)
{
    public static ProblemUpdate NotFound { get; } = new(ProblemUpdateStatus.NotFound, null, null);

    public static ProblemUpdate Busy { get; } = new(ProblemUpdateStatus.Busy, null, null);

    public static ProblemUpdate Saved(Problem problem) => new(ProblemUpdateStatus.Saved, problem, null);

    public static ProblemUpdate Refused(Problem problem, DomainError refusal) => new(ProblemUpdateStatus.Refused, problem, refusal);
}
