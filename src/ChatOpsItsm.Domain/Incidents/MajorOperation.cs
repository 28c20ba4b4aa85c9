namespace ChatOpsItsm.Domain.Incidents;

/// <summary>The things a person can ask to do with a major incident, for <see cref="MajorPermissions"/>.</summary>
public enum MajorOperation
{
    /// <summary>Declare an incident major (or open a new one as major).</summary>
    Declare,

    /// <summary>Post a status update, mark mitigated, resolve, snooze a reminder.</summary>
    Run,

    /// <summary>Give a role.</summary>
    AssignRole,

    /// <summary>Add to the timeline, add or raise a follow-up action, link incidents.</summary>
    Record,

    /// <summary>Read the board or the review, join the war room.</summary>
    View,
}
