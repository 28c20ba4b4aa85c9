using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.TestSupport.Builders;

/// <summary>
/// Builds a <see cref="Person"/> who votes on changes: by default local:carol, named Carol, in the <c>cab</c> approver
/// group and no other role beyond requester.
/// </summary>
public sealed class ApproverBuilder
{
    private readonly List<ApproverGroup> _groups = [];
    private UserIdentity _identity = new("local", "carol");
    private string _displayName = "Carol";

    public static ApproverBuilder AnApprover() => new();

    public ApproverBuilder WithIdentity(UserIdentity identity)
    {
        _identity = identity;
        return this;
    }

    public ApproverBuilder Named(string displayName)
    {
        _displayName = displayName;
        return this;
    }

    /// <summary>Adds a group; with none added the approver sits on the <c>cab</c>.</summary>
    public ApproverBuilder InGroup(ApproverGroup group)
    {
        _groups.Add(group);
        return this;
    }

    public Person Build() => new(_identity, _displayName, [], [], _groups.Count == 0 ? [ApproverGroup.Cab] : _groups);
}
