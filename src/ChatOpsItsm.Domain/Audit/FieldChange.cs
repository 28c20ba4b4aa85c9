namespace ChatOpsItsm.Domain.Audit;

/// <summary>One field's value before and after a change; null where there was or is no value.</summary>
public sealed record FieldChange(string Field, string? OldValue, string? NewValue);
