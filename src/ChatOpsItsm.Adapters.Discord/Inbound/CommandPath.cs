using ChatOpsItsm.Adapters.Discord.Protocol;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// An invoked slash command read down to its parameters: <see cref="Group"/> is the command's name (<c>incident</c>),
/// <see cref="Name"/> the sub-command, preceded by its group when there is one (<c>report</c>), or null.
/// </summary>
internal sealed record CommandPath(string Group, string? Name, IReadOnlyList<JsonCommandOption> Parameters)
{
    /// <summary>The parameter being typed during autocomplete.</summary>
    public JsonCommandOption? Focused => Parameters.FirstOrDefault(p => p.Focused == true);

    public override string ToString() => Name is null ? Group : $"{Group} {Name}";
}
