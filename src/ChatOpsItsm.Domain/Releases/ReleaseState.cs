namespace ChatOpsItsm.Domain.Releases;

/// <summary>The release lifecycle of SPEC §2: Planning → Building → Deploying → Closed; Planning or Building → Canceled.</summary>
public enum ReleaseState
{
    Planning,
    Building,
    Deploying,
    Closed,
    Canceled,
}
