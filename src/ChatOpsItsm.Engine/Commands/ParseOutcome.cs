namespace ChatOpsItsm.Engine.Commands;

/// <summary>What a line of text turned out to be.</summary>
public abstract record ParseOutcome;

/// <summary>A known command with its parameter values by name (not yet checked against their kinds).</summary>
public sealed record ParsedCommand(CommandDefinition Command, IReadOnlyDictionary<string, string> Values) : ParseOutcome;

/// <summary>Looks like a command but is none: answer with help and <see cref="Suggestion"/>.</summary>
public sealed record UnknownCommand(string Typed, CommandDefinition Suggestion) : ParseOutcome;

/// <summary>Plain text: the intake proposes an incident from it.</summary>
public sealed record PlainText(string Text) : ParseOutcome;
