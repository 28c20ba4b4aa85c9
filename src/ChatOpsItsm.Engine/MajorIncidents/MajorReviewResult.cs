namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>The outcome of <see cref="MajorReview.RenderAsync"/>: the Markdown, or why there is none.</summary>
public sealed record MajorReviewResult(MajorReviewStatus Status, string? Markdown)
{
    public static MajorReviewResult NotFound { get; } = new(MajorReviewStatus.NotFound, null);

    public static MajorReviewResult NotMajor { get; } = new(MajorReviewStatus.NotMajor, null);

    public static MajorReviewResult Of(string markdown) => new(MajorReviewStatus.Ready, markdown);
}
