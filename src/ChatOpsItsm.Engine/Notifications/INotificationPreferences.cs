using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Engine.Notifications;

/// <summary>Per-person notification settings (<c>notify off|on</c>). Everyone gets everything until they opt out.</summary>
public interface INotificationPreferences
{
    Task<bool> WantsNonEssentialAsync(UserIdentity person, CancellationToken cancellationToken);

    Task SetWantsNonEssentialAsync(UserIdentity person, bool wants, CancellationToken cancellationToken);
}
