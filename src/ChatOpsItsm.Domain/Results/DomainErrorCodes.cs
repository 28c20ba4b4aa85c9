namespace ChatOpsItsm.Domain.Results;

public static class DomainErrorCodes
{
    /// <summary>The record's current state does not allow this step.</summary>
    public const string InvalidTransition = "invalid_transition";

    /// <summary>A value is missing, too long or malformed.</summary>
    public const string Validation = "validation";

    /// <summary>The operation would change nothing (assigning to the current assignee).</summary>
    public const string Unchanged = "unchanged";
}
