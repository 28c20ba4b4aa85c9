using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Commands;

namespace ChatOpsItsm.Adapters.Discord.Commands;

/// <summary>
/// Descriptions for Discord's command picker (1–100 characters). Discord cannot know our roles, so a command that
/// needs one says so; the engine still checks the role on every call.
/// </summary>
internal static class CommandDescriptions
{
    public const int MaxLength = 100;

    /// <summary>The catalog has no text for a group with sub-commands; these are shown for <c>/incident</c> and <c>/admin</c>.</summary>
    private static readonly Dictionary<string, string> Groups = new(StringComparer.OrdinalIgnoreCase)
    {
        ["incident"] = "Report and work incidents",
        ["admin"] = "Look after the bot's deliveries",
    };

    /// <summary>The description with its role note (" (admins)"), the description cut so the note fits when both are too long.</summary>
    public static string For(string description, IReadOnlyList<Role> requiredRoles)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(requiredRoles);
        string note = RoleNote(requiredRoles);
        return note.Length == 0
            ? Truncation.Shorten(description, MaxLength)
            : Truncation.Shorten(description, MaxLength - note.Length) + note;
    }

    /// <summary>A group's description; the role note when every command in it needs the same roles.</summary>
    public static string ForGroup(string group, IReadOnlyList<CommandDefinition> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        string text = Groups.TryGetValue(group, out string? known) ? known : $"The {group} commands";
        List<string> notes = commands.Select(c => RoleNote(c.RequiredRoles)).Distinct().ToList();
        return notes.Count == 1 && notes[0].Length > 0 ? For(text, commands[0].RequiredRoles) : For(text, []);
    }

    private static string RoleNote(IReadOnlyList<Role> roles)
    {
        if (roles.Contains(Role.Agent) || roles.Contains(Role.OnCall))
        {
            return " (agents, on-call)";
        }

        return roles.Contains(Role.Admin) ? " (admins)" : "";
    }
}
