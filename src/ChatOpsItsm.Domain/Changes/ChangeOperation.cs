namespace ChatOpsItsm.Domain.Changes;

/// <summary>The things a person can ask to do with a change, for <see cref="ChangePermissions"/>.</summary>
public enum ChangeOperation
{
    View,
    Revise,
    Assign,
    Submit,
    Vote,
    Start,
    Complete,
    Fail,
    Review,
    Close,
    Cancel,
    Link,
}
