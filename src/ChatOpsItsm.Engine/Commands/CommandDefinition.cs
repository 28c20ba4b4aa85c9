using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Engine.Commands;

/// <summary>
/// A command as people type it (<c>incident</c> + <c>resolve</c>), its parameters and the roles it needs
/// (empty: anyone). The catalog of these is the single source for help, parsing and the Discord and Teams
/// command manifests.
/// </summary>
public sealed record CommandDefinition(
    string Group,
    string? Name,
    string Description,
    IReadOnlyList<ParameterDefinition> Parameters,
    IReadOnlyList<Role> RequiredRoles)
{
    /// <summary>The words that invoke it: <c>incident resolve</c>, or just <c>help</c>.</summary>
    public string Path => Name is null ? Group : $"{Group} {Name}";

    /// <summary>The action id cards and forms use for it: <c>incident.resolve</c>.</summary>
    public string ActionId => Name is null ? Group : $"{Group}.{Name}";

    /// <summary>A usage line: <c>incident resolve &lt;id&gt; &lt;resolution&gt;</c>.</summary>
    public string Usage
    {
        get
        {
            IEnumerable<string> parts = Parameters.Select(p => p.Positional
                ? (p.Required ? $"<{p.Name}>" : $"[{p.Name}]")
                : $"[{p.Name}:]");
            return string.Join(' ', new[] { Path }.Concat(parts));
        }
    }

    public bool AllowedFor(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return RequiredRoles.Count == 0 || RequiredRoles.Any(person.HasRole);
    }
}
