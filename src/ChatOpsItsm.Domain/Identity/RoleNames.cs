using System.Diagnostics.CodeAnalysis;

namespace ChatOpsItsm.Domain.Identity;

/// <summary>The names roles are written with in configuration and in chat (<c>agent</c>, <c>oncall</c>).</summary>
public static class RoleNames
{
    public static string NameOf(Role role) => role switch
    {
        Role.Requester => "requester",
        Role.Agent => "agent",
        Role.OnCall => "oncall",
        Role.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };

    public static bool TryParse([NotNullWhen(true)] string? name, out Role role)
    {
        role = Role.Requester;
        string normalized = (name ?? "").Trim().Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        foreach (Role candidate in Enum.GetValues<Role>())
        {
            if (NameOf(candidate) == normalized)
            {
                role = candidate;
                return true;
            }
        }

        return false;
    }
}
