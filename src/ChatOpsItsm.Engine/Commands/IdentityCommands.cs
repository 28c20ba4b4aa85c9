using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Engine.Commands;

/// <summary>The identity commands of the catalog (SPEC §3, issue 7 §4): one person across platforms.</summary>
public static class IdentityCommands
{
    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        new("link", null, "Join your identity on another platform: `link` gives a code to type there", [
            new("code", "the code `link` gave you on your other platform; leave out to get one", ParameterKind.Word, Required: false, Positional: true, 20, [])], []),
        new("unlink", null, "Remove a linked identity of yours (admins: anyone's)", [
            new("identity", "the identity to remove, platform:id (`whoami` lists yours)", ParameterKind.Word, Required: true, Positional: true, UserIdentity.MaxLength, [])], []),
    ];
}
