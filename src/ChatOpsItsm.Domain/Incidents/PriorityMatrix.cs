namespace ChatOpsItsm.Domain.Incidents;

/// <summary>The ITIL priority matrix: priority = impact × urgency.</summary>
/// <remarks>
/// | impact \ urgency | high | medium | low |
/// | high             | P1   | P2     | P3  |
/// | medium           | P2   | P3     | P4  |
/// | low              | P3   | P4     | P5  |
/// Each step down in impact or urgency lowers the priority by one, which is why the sum works.
/// </remarks>
public static class PriorityMatrix
{
    public static Priority Of(Impact impact, Urgency urgency)
    {
        if (!Enum.IsDefined(impact))
        {
            throw new ArgumentOutOfRangeException(nameof(impact), impact, "Unknown impact.");
        }

        if (!Enum.IsDefined(urgency))
        {
            throw new ArgumentOutOfRangeException(nameof(urgency), urgency, "Unknown urgency.");
        }

        return (Priority)((int)impact + (int)urgency - 1);
    }
}
