namespace ChatOpsItsm.Engine.Replies;

/// <summary>
/// A neutral card each adapter renders natively (Adaptive Card, Discord embed and components, HTML).
/// When <see cref="Inputs"/> is not empty the card is a form: its buttons submit the inputs' values
/// together with their own data.
/// </summary>
public sealed record Card(
    string Title,
    IReadOnlyList<CardFact> Facts,
    string? Body,
    IReadOnlyList<CardButton> Buttons,
    IReadOnlyList<CardInput> Inputs)
{
    /// <summary>A link to the full record, shown where a card must be truncated.</summary>
    public string? Link { get; init; }

    public bool IsForm => Inputs.Count > 0;
}
