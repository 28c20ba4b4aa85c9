namespace ChatOpsItsm.Domain.Incidents;

/// <summary>Bounds on what people type, in characters; the README's configuration section repeats them.</summary>
public static class IncidentLimits
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4_000;
    public const int ServiceMaxLength = 80;
    public const int NoteMaxLength = 4_000;
    public const int ResolutionMaxLength = 4_000;
    public const int ReasonMaxLength = 1_000;
}
