namespace ChatOpsItsm.Domain.Results;

/// <summary>Why the domain refused an operation, in words fit to show the person who asked.</summary>
/// <param name="Code">A stable code from <see cref="DomainErrorCodes"/>.</param>
/// <param name="Message">A sentence that says what was refused and, where it can, what to do instead.</param>
public sealed record DomainError(string Code, string Message);
