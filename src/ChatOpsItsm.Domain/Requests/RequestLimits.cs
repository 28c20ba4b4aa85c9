namespace ChatOpsItsm.Domain.Requests;

/// <summary>Bounds on a catalog and on what people type into a request, in characters; the README repeats them.</summary>
public static class RequestLimits
{
    /// <summary>A Discord modal holds at most five inputs, and the request form must fit in one.</summary>
    public const int MaxFields = 5;

    public const int KeyMaxLength = 40;
    public const int LabelMaxLength = 80;
    public const int DescriptionMaxLength = 500;
    public const int FieldMaxLength = 1_000;
    public const int ChoiceMaxLength = 80;
    public const int CommentMaxLength = 1_000;
    public const int ReasonMaxLength = 1_000;
    public const int NotesMaxLength = 4_000;
}
