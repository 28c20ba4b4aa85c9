namespace ChatOpsItsm.Domain.Results;

/// <summary>The outcome of a domain operation: done, or refused with a reason. A refusal is a value, not an exception.</summary>
public readonly record struct DomainResult(DomainError? Error)
{
    public static DomainResult Ok => default;

    public bool Succeeded => Error is null;

    public static DomainResult Refused(string code, string message) => new(new DomainError(code, message));
}
