namespace ChatOpsItsm.Engine.Configuration;

/// <summary>The <c>Itsm:Changes</c> section: approval policies, pre-approved templates and freeze windows.</summary>
public sealed class ChangeOptions
{
    /// <summary>
    /// Overrides of the default approval policies, by change type (<c>normal</c>, <c>emergency</c>); a field left out
    /// keeps the default (normal: cab, 2, veto, 48 h, reject; emergency: ecab, 1, veto, 4 h, escalate).
    /// </summary>
    public IDictionary<string, ApprovalPolicyOptions> Policies { get; init; } = new Dictionary<string, ApprovalPolicyOptions>();

    /// <summary>Names of the pre-approved templates a standard change must name; none by default.</summary>
    public IList<string> StandardTemplates { get; init; } = [];

    /// <summary>Periods in which only emergency changes may run; none by default.</summary>
    public IList<FreezeWindowOptions> FreezeWindows { get; init; } = [];

    /// <summary>
    /// How long after a change on a service started an incident on that service names the change as a possible cause.
    /// </summary>
    /// <value>One day; between one minute and 30 days.</value>
    public TimeSpan CorrelationWindow { get; init; } = TimeSpan.FromDays(1);

    /// <summary>A change linked to this many incidents or more is flagged on its card.</summary>
    /// <value>2; at least 1.</value>
    public int SuspectIncidentThreshold { get; init; } = 2;
}
