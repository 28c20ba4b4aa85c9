namespace ChatOpsItsm.Domain.Incidents;

/// <summary>How soon the business needs it fixed.</summary>
public enum Urgency
{
    High = 1,
    Medium = 2,
    Low = 3,
}
