namespace ChatOpsItsm.Domain.Incidents;

/// <summary>Bounds on a major incident's parts; the README repeats them.</summary>
public static class MajorLimits
{
    public const int UpdateMaxLength = 2_000;
    public const int TimelineEntryMaxLength = 2_000;
    public const int SummaryMaxLength = 4_000;
    public const int ActionMaxLength = 500;

    /// <summary>Follow-up actions per major incident.</summary>
    public const int MaxActions = 50;

    /// <summary>Incidents linked to one major incident.</summary>
    public const int MaxLinkedIncidents = 100;

    /// <summary>The shortest cadence configuration accepts (tests use seconds; production minutes).</summary>
    public static readonly TimeSpan MinCadence = TimeSpan.FromSeconds(1);

    /// <summary>The longest a reminder can be snoozed in one go.</summary>
    public static readonly TimeSpan MaxSnooze = TimeSpan.FromHours(4);
}
