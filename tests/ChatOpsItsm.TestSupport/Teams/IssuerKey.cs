namespace ChatOpsItsm.TestSupport.Teams;

/// <summary>Which of the <see cref="LocalOpenIdIssuer"/>'s RSA keys signs a token.</summary>
public enum IssuerKey
{
    /// <summary>Published with <c>endorsements: ["msteams"]</c>.</summary>
    Endorsed,

    /// <summary>Published without endorsements.</summary>
    Unendorsed,

    /// <summary>Never published: an attacker's key with a made-up key id.</summary>
    Unpublished,

    /// <summary>Published (endorsed) only once <see cref="LocalOpenIdIssuer.RotateKeys"/> was called.</summary>
    Rotated,
}
