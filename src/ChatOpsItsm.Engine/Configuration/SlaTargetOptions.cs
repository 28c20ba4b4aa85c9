namespace ChatOpsItsm.Engine.Configuration;

/// <summary>One priority's SLA targets, written as time spans (<c>00:15:00</c>, <c>1.00:00:00</c>).</summary>
public sealed class SlaTargetOptions
{
    public TimeSpan Response { get; init; }

    public TimeSpan Resolution { get; init; }
}
