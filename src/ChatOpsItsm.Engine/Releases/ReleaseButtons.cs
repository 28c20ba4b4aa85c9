using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Releases;

/// <summary>The buttons a release card offers its viewer: the next step of the lifecycle; a click is checked again when it arrives.</summary>
public static class ReleaseButtons
{
    public static List<CardButton> For(Release release, Person viewer)
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(viewer);
        if (!ReleasePermissions.MayAct(viewer, ReleaseOperation.Build))
        {
            return [];
        }

        Dictionary<string, string> data = new() { ["id"] = release.Id.ToString() };
        CardButton cancel = new("Cancel", "form.release.cancel", data, ButtonStyle.Danger);
        return release.State switch
        {
            ReleaseState.Planning when release.Changes.Count > 0 => [new("Build", "release.build", data, ButtonStyle.Primary), cancel],
            ReleaseState.Building when release.Changes.Count > 0 => [new("Deploy", "release.deploy", data, ButtonStyle.Primary), cancel],
            ReleaseState.Planning or ReleaseState.Building => [cancel],
            ReleaseState.Deploying => [new("Close", "form.release.close", data, ButtonStyle.Primary)],
            _ => [],
        };
    }
}
