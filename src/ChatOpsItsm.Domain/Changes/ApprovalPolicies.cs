using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Domain.Changes;

/// <summary>
/// The approval policy of each change type that is voted on. Standard changes are pre-approved and have none;
/// normal and emergency changes must each have one. <see cref="Default"/> holds the policies of issue 6.
/// </summary>
public sealed class ApprovalPolicies
{
    private readonly Dictionary<ChangeType, ApprovalPolicy> _policies;

    public ApprovalPolicies(IReadOnlyDictionary<ChangeType, ApprovalPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        if (policies.ContainsKey(ChangeType.Standard))
        {
            throw new ArgumentException("A standard change is pre-approved: it has no approval policy.", nameof(policies));
        }

        foreach (ChangeType type in (ChangeType[])[ChangeType.Normal, ChangeType.Emergency])
        {
            if (!policies.TryGetValue(type, out ApprovalPolicy? policy) || policy is null)
            {
                throw new ArgumentException($"No approval policy for {type} changes.", nameof(policies));
            }
        }

        // A copy, so the caller cannot change a validated set afterwards.
        _policies = new Dictionary<ChangeType, ApprovalPolicy>(policies);
    }

    /// <summary>
    /// Normal: <c>cab</c>, 2 approvals, one rejection vetoes, 48 h, rejected at the deadline.
    /// Emergency: <c>ecab</c>, 1 approval, one rejection vetoes, 4 h, escalated at the deadline.
    /// </summary>
    public static ApprovalPolicies Default { get; } = new(new Dictionary<ChangeType, ApprovalPolicy>
    {
        [ChangeType.Normal] = new(ApproverGroup.Cab, 2, vetoOnReject: true, TimeSpan.FromHours(48), DeadlineAction.Reject),
        [ChangeType.Emergency] = new(ApproverGroup.Ecab, 1, vetoOnReject: true, TimeSpan.FromHours(4), DeadlineAction.Escalate),
    });

    /// <summary>The policy for <paramref name="type"/>; null for a standard change, which skips the vote.</summary>
    public ApprovalPolicy? For(ChangeType type) =>
        type == ChangeType.Standard ? null
        : _policies.TryGetValue(type, out ApprovalPolicy? policy) ? policy
        : throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown change type.");

    /// <summary>A copy with some types' policies replaced (configuration overrides).</summary>
    public ApprovalPolicies With(IReadOnlyDictionary<ChangeType, ApprovalPolicy> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        Dictionary<ChangeType, ApprovalPolicy> merged = new(_policies);
        foreach ((ChangeType type, ApprovalPolicy policy) in overrides)
        {
            merged[type] = policy;
        }

        return new ApprovalPolicies(merged);
    }
}
