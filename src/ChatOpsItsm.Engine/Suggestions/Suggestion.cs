namespace ChatOpsItsm.Engine.Suggestions;

/// <summary>One suggestion: what to show (<c>INC-1001 · Checkout API returns 502</c>) and the value it fills in.</summary>
public sealed record Suggestion(string Label, string Value);
