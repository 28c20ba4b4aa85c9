namespace ChatOpsItsm.Host.Security;

/// <summary>What <see cref="ApiAccessPolicy"/> decided about one request.</summary>
internal enum ApiAccess
{
    Allowed,

    /// <summary>Keys are configured and the request carries none of them: 401.</summary>
    MissingOrWrongKey,

    /// <summary>No keys are configured and the caller is not on the loopback interface: 403.</summary>
    NotLoopback,
}
