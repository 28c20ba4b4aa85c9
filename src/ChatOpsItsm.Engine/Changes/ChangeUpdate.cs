using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>
/// The outcome of <see cref="ChangeUpdater.UpdateAsync"/>: the change as last read (changed when
/// <see cref="ChangeUpdateStatus.Saved"/>), why it refused, and the overlapping changes on its service when the
/// update needed them (a submission, a vote card).
/// </summary>
public sealed record ChangeUpdate(ChangeUpdateStatus Status, Change? Change, DomainError? Refusal, IReadOnlyList<ScheduledChange> Overlaps)
{
    public static ChangeUpdate NotFound { get; } = new(ChangeUpdateStatus.NotFound, null, null, []);

    public static ChangeUpdate Busy { get; } = new(ChangeUpdateStatus.Busy, null, null, []);

    public static ChangeUpdate Saved(Change change, IReadOnlyList<ScheduledChange> overlaps) => new(ChangeUpdateStatus.Saved, change, null, overlaps);

    public static ChangeUpdate Unchanged(Change change) => new(ChangeUpdateStatus.Unchanged, change, null, []);

    public static ChangeUpdate Refused(Change change, DomainError refusal) => new(ChangeUpdateStatus.Refused, change, refusal, []);
}
