namespace ChatOpsItsm.Engine.Timers;

public enum TimerKind
{
    /// <summary>75% of the response target has passed without a response.</summary>
    ResponseWarning,

    /// <summary>The response target has passed without a response.</summary>
    ResponseBreach,

    /// <summary>75% of the resolution target has passed without a resolution.</summary>
    ResolutionWarning,

    /// <summary>The resolution target has passed without a resolution.</summary>
    ResolutionBreach,

    /// <summary>A resolved incident has been quiet for the auto-close period.</summary>
    AutoClose,

    /// <summary>A change's voting deadline: reject, or escalate once, as its approval policy says.</summary>
    VoteDeadline,

    /// <summary>A major incident's status update falls due: the commander (then the communications lead) is reminded.</summary>
    MajorCadence,
}
