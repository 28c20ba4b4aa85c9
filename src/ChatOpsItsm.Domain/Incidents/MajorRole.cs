namespace ChatOpsItsm.Domain.Incidents;

/// <summary>The roles of a major incident's response (issue 7 §2).</summary>
public enum MajorRole
{
    /// <summary>Runs the response and owns the status updates.</summary>
    Commander,

    /// <summary>Writes to stakeholders; reminded after the commander when an update is overdue.</summary>
    Communications,

    /// <summary>Keeps the timeline.</summary>
    Scribe,
}
