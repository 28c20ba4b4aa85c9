namespace ChatOpsItsm.Engine.Dialogs;

/// <summary>
/// Where a multi-step conversation stands, kept in storage so that any instance can take the next step.
/// <see cref="DialogId"/> is carried by the card buttons, so a click on an older card is recognised as stale.
/// </summary>
public sealed record DialogState(
    DialogKey Key,
    string Kind,
    string DialogId,
    IReadOnlyDictionary<string, string> Values,
    DateTimeOffset ExpiresAt);
