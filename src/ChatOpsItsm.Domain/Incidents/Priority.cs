namespace ChatOpsItsm.Domain.Incidents;

/// <summary>P1 is the most urgent, P5 the least.</summary>
public enum Priority
{
    P1 = 1,
    P2 = 2,
    P3 = 3,
    P4 = 4,
    P5 = 5,
}
