namespace ChatOpsItsm.Domain.Incidents;

/// <summary>The words people type for <see cref="MajorRole"/> and the names the board shows.</summary>
public static class MajorRoles
{
    /// <summary>What <c>major role</c> accepts, in the order help lists them.</summary>
    public static IReadOnlyList<string> Keywords { get; } = ["commander", "comms", "scribe"];

    /// <summary>Reads <c>commander</c>, <c>comms</c> (or <c>communications</c>) and <c>scribe</c>, in any case.</summary>
    public static bool TryParse(string? text, out MajorRole role)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "commander" or "ic" or "incident-commander":
                role = MajorRole.Commander;
                return true;
            case "comms" or "communications" or "communications-lead":
                role = MajorRole.Communications;
                return true;
            case "scribe":
                role = MajorRole.Scribe;
                return true;
            default:
                role = default;
                return false;
        }
    }

    public static string DisplayName(MajorRole role) => role switch
    {
        MajorRole.Commander => "Incident commander",
        MajorRole.Communications => "Communications lead",
        MajorRole.Scribe => "Scribe",
        _ => role.ToString(),
    };

    /// <summary>The keyword stored in audit events and typed in commands.</summary>
    public static string Keyword(MajorRole role) => role switch
    {
        MajorRole.Commander => "commander",
        MajorRole.Communications => "comms",
        MajorRole.Scribe => "scribe",
        _ => role.ToString().ToLowerInvariant(),
    };
}
