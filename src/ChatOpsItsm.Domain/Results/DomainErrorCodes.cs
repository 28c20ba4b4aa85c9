namespace ChatOpsItsm.Domain.Results;

public static class DomainErrorCodes
{
    /// <summary>The record's current state does not allow this step.</summary>
    public const string InvalidTransition = "invalid_transition";

    /// <summary>A value is missing, too long or malformed.</summary>
    public const string Validation = "validation";

    /// <summary>The operation would change nothing (assigning to the current assignee).</summary>
    public const string Unchanged = "unchanged";

    /// <summary>The person may not do this to this record (a non-approver's vote, a vote on one's own change).</summary>
    public const string NotPermitted = "not_permitted";

    /// <summary>The vote is over: decided, or past its deadline and waiting for the decision.</summary>
    public const string VotingClosed = "voting_closed";

    /// <summary>The planned window clashes with the calendar: a freeze window, or a start already past.</summary>
    public const string ScheduleConflict = "schedule_conflict";
}
