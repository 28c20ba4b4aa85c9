namespace ChatOpsItsm.Domain.Problems;

/// <summary>The things a person can ask to do with a problem, for <see cref="ProblemPermissions"/>.</summary>
public enum ProblemOperation
{
    View,
    Link,
    Unlink,
    RootCause,
    Workaround,
    Resolve,
    Close,
}
