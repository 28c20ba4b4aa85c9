namespace ChatOpsItsm.Domain.Changes;

/// <summary>Bounds on what people type into a change, in characters; the README's configuration section repeats them.</summary>
public static class ChangeLimits
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4_000;
    public const int ServiceMaxLength = 80;
    public const int PlanMaxLength = 4_000;
    public const int TemplateNameMaxLength = 80;
    public const int CommentMaxLength = 1_000;
    public const int ReasonMaxLength = 1_000;
    public const int NotesMaxLength = 4_000;

    /// <summary>Incidents one change links, as possibly caused by it.</summary>
    public const int MaxLinkedIncidents = 50;
}
