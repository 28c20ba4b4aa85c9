using ChatOpsItsm.Domain.Incidents;

namespace ChatOpsItsm.Domain.Sla;

/// <summary>SLA targets per priority. <see cref="Default"/> holds the targets of SPEC §2.</summary>
public sealed class SlaPolicy
{
    private readonly Dictionary<Priority, SlaTarget> _targets;

    public SlaPolicy(IReadOnlyDictionary<Priority, SlaTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        foreach (Priority priority in Enum.GetValues<Priority>())
        {
            if (!targets.TryGetValue(priority, out SlaTarget? target) || target is null)
            {
                throw new ArgumentException($"No SLA target for {priority}.", nameof(targets));
            }

            if (target.Response <= TimeSpan.Zero || target.Resolution < target.Response)
            {
                throw new ArgumentException(
                    $"The {priority} target must respond after zero and resolve no sooner than it responds.",
                    nameof(targets));
            }
        }

        // A copy, so the caller cannot change a validated policy afterwards.
        _targets = new Dictionary<Priority, SlaTarget>(targets);
    }

    /// <summary>P1 15 min / 4 h; P2 1 h / 8 h; P3 4 h / 24 h; P4 8 h / 72 h; P5 24 h / 120 h.</summary>
    public static SlaPolicy Default { get; } = new(new Dictionary<Priority, SlaTarget>
    {
        [Priority.P1] = new(TimeSpan.FromMinutes(15), TimeSpan.FromHours(4)),
        [Priority.P2] = new(TimeSpan.FromHours(1), TimeSpan.FromHours(8)),
        [Priority.P3] = new(TimeSpan.FromHours(4), TimeSpan.FromHours(24)),
        [Priority.P4] = new(TimeSpan.FromHours(8), TimeSpan.FromHours(72)),
        [Priority.P5] = new(TimeSpan.FromHours(24), TimeSpan.FromHours(120)),
    });

    public SlaTarget For(Priority priority) => _targets[priority];

    /// <summary>A copy with some priorities' targets replaced (configuration overrides).</summary>
    public SlaPolicy With(IReadOnlyDictionary<Priority, SlaTarget> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        Dictionary<Priority, SlaTarget> merged = new(_targets);
        foreach ((Priority priority, SlaTarget target) in overrides)
        {
            merged[priority] = target;
        }

        return new SlaPolicy(merged);
    }
}
