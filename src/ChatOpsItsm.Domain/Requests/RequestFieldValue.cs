namespace ChatOpsItsm.Domain.Requests;

/// <summary>One field of a request as submitted, normalised: its name, its label at the time, and its value ("" when left out).</summary>
public sealed record RequestFieldValue(string Name, string Label, string Value);
