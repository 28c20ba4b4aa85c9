namespace ChatOpsItsm.Domain.Releases;

/// <summary>The things a person can ask to do with a release, for <see cref="ReleasePermissions"/>.</summary>
public enum ReleaseOperation
{
    View,
    Create,
    AddChange,
    RemoveChange,
    Build,
    Deploy,
    Close,
    Cancel,
}
