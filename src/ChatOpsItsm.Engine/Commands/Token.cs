namespace ChatOpsItsm.Engine.Commands;

/// <summary>
/// A word of a command line. <see cref="Key"/> is set for <c>key:value</c> words (the value may have been
/// quoted); a quoted word never has a key, so <c>"note: this"</c> stays text.
/// </summary>
public sealed record Token(string Text, string? Key, string Value);
