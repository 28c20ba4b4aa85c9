using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Engine.Releases;

/// <summary>The outcome of <see cref="ReleaseUpdater.UpdateAsync"/>: the release as last read (changed when saved), and why it refused.</summary>
public sealed record ReleaseUpdate(ReleaseUpdateStatus Status, Release? Release, DomainError? Refusal)
{
    public static ReleaseUpdate NotFound { get; } = new(ReleaseUpdateStatus.NotFound, null, null);

    public static ReleaseUpdate Busy { get; } = new(ReleaseUpdateStatus.Busy, null, null);

    public static ReleaseUpdate Saved(Release release) => new(ReleaseUpdateStatus.Saved, release, null);

    public static ReleaseUpdate Refused(Release release, DomainError refusal) => new(ReleaseUpdateStatus.Refused, release, refusal);
}
