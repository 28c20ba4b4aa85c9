namespace ChatOpsItsm.Engine.Replies;

/// <summary>A form input. <see cref="Choices"/> lists the values of a <see cref="InputKind.Choice"/> input.</summary>
public sealed record CardInput(
    string Name,
    string Label,
    InputKind Kind,
    bool Required,
    string? Value,
    int MaxLength,
    IReadOnlyList<string> Choices)
{
    public string? Placeholder { get; init; }
}
