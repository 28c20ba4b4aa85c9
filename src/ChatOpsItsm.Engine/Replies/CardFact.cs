namespace ChatOpsItsm.Engine.Replies;

/// <summary>A labelled value on a card (State: In Progress).</summary>
public sealed record CardFact(string Label, string Value);
