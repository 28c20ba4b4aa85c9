namespace ChatOpsItsm.Engine.Identity;

/// <summary>What redeeming a link code did.</summary>
public enum LinkOutcome
{
    /// <summary>The code was used up and the identity joined the person.</summary>
    Linked,

    /// <summary>The code was used (or removed) by someone else first; nothing changed.</summary>
    CodeUsed,

    /// <summary>The identity already belongs to a person; nothing changed.</summary>
    AlreadyLinked,

    /// <summary>The person's identities changed meanwhile; nothing changed, and trying again may work.</summary>
    Conflict,
}
