namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>Whether <see cref="MajorReview.RenderAsync"/> produced a review.</summary>
public enum MajorReviewStatus
{
    /// <summary>The review is in <see cref="MajorReviewResult.Markdown"/>.</summary>
    Ready,

    /// <summary>There is no incident with that id.</summary>
    NotFound,

    /// <summary>The incident was never declared major: it has no review.</summary>
    NotMajor,
}
