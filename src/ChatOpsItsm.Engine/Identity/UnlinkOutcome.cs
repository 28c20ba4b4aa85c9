namespace ChatOpsItsm.Engine.Identity;

/// <summary>What removing a linked identity did.</summary>
public enum UnlinkOutcome
{
    Unlinked,

    /// <summary>The identity is linked to no one.</summary>
    NotLinked,

    /// <summary>The identity is a person's primary identity, which stays while others are linked to it.</summary>
    IsPrimary,

    /// <summary>The person's identities changed meanwhile; nothing changed, and trying again may work.</summary>
    Conflict,
}
