namespace ChatOpsItsm.Domain.Incidents;

/// <summary>How widely the business is affected.</summary>
public enum Impact
{
    High = 1,
    Medium = 2,
    Low = 3,
}
