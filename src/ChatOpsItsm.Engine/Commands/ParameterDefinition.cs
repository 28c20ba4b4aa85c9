using ChatOpsItsm.Engine.Suggestions;

namespace ChatOpsItsm.Engine.Commands;

/// <summary>
/// One parameter of a command. Positional parameters are filled from the words after the command, in
/// order; every parameter can also be given as <c>name:value</c>.
/// </summary>
public sealed record ParameterDefinition(
    string Name,
    string Description,
    ParameterKind Kind,
    bool Required,
    bool Positional,
    int MaxLength,
    IReadOnlyList<string> Choices)
{
    /// <summary>Where suggestions come from while this parameter is typed: ticket ids for a ticket id, else as set.</summary>
    public SuggestionSource SuggestFrom { get; init; } = Kind == ParameterKind.TicketId ? SuggestionSource.Tickets : SuggestionSource.None;

    public static ParameterDefinition Id(string description = "the ticket id, e.g. INC-1001") =>
        new("id", description, ParameterKind.TicketId, Required: true, Positional: true, 20, []);

    public static ParameterDefinition RestText(string name, string description, int maxLength, bool required = true) =>
        new(name, description, ParameterKind.Text, required, Positional: true, maxLength, []);

    public static ParameterDefinition Option(string name, string description, int maxLength) =>
        new(name, description, ParameterKind.Word, Required: false, Positional: false, maxLength, []);

    public static ParameterDefinition Choice(string name, string description, bool positional, params string[] choices) =>
        new(name, description, ParameterKind.Choice, Required: false, positional, 20, choices);
}
