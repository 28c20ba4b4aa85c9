using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Domain.Tests.Changes;

public sealed class ApprovalPoliciesTests
{
    private static readonly ApprovalPolicy Board = new(ApproverGroup.Cab, 3, vetoOnReject: false, TimeSpan.FromHours(24), DeadlineAction.Escalate);

    [Fact]
    public void Default_Normal_IsCabTwoApprovalsVetoFortyEightHoursReject()
    {
        ApprovalPolicy normal = ApprovalPolicies.Default.For(ChangeType.Normal)!;

        Assert.Equal(
            (ApproverGroup.Cab, 2, true, TimeSpan.FromHours(48), DeadlineAction.Reject),
            (normal.Group, normal.Quorum, normal.VetoOnReject, normal.VotingPeriod, normal.AtDeadline));
    }

    [Fact]
    public void Default_Emergency_IsEcabOneApprovalFourHoursEscalate()
    {
        ApprovalPolicy emergency = ApprovalPolicies.Default.For(ChangeType.Emergency)!;

        Assert.Equal(
            (ApproverGroup.Ecab, 1, true, TimeSpan.FromHours(4), DeadlineAction.Escalate),
            (emergency.Group, emergency.Quorum, emergency.VetoOnReject, emergency.VotingPeriod, emergency.AtDeadline));
    }

    [Fact]
    public void For_Standard_IsNull()
    {
        Assert.Null(ApprovalPolicies.Default.For(ChangeType.Standard));
    }

    [Fact]
    public void For_UnknownType_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ApprovalPolicies.Default.For((ChangeType)9));
    }

    [Fact]
    public void With_Override_ReplacesOnlyThatType()
    {
        ApprovalPolicies policies = ApprovalPolicies.Default.With(new Dictionary<ChangeType, ApprovalPolicy> { [ChangeType.Normal] = Board });

        Assert.Equal(Board, policies.For(ChangeType.Normal));
        Assert.Equal(ApprovalPolicies.Default.For(ChangeType.Emergency), policies.For(ChangeType.Emergency));
        Assert.Equal(2, ApprovalPolicies.Default.For(ChangeType.Normal)!.Quorum);
    }

    [Fact]
    public void Constructor_MissingEmergency_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ApprovalPolicies(new Dictionary<ChangeType, ApprovalPolicy> { [ChangeType.Normal] = Board }));
    }

    [Fact]
    public void Constructor_PolicyForStandard_Throws()
    {
        Assert.Throws<ArgumentException>(() => ApprovalPolicies.Default.With(
            new Dictionary<ChangeType, ApprovalPolicy> { [ChangeType.Standard] = Board }));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(1, -1)]
    public void ApprovalPolicy_QuorumBelowOneOrPeriodNotPositive_Throws(int quorum, int hours)
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new ApprovalPolicy(ApproverGroup.Cab, quorum, true, TimeSpan.FromHours(hours), DeadlineAction.Reject));
    }

    [Fact]
    public void ApprovalPolicy_NoGroupOrUnknownDeadlineAction_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ApprovalPolicy(default, 1, true, TimeSpan.FromHours(1), DeadlineAction.Reject));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new ApprovalPolicy(ApproverGroup.Cab, 1, true, TimeSpan.FromHours(1), (DeadlineAction)5));
    }

    [Fact]
    public void ApprovalPolicy_SameValues_AreEqual()
    {
        ApprovalPolicy copy = new(new ApproverGroup("CAB"), 3, vetoOnReject: false, TimeSpan.FromHours(24), DeadlineAction.Escalate);

        Assert.Equal(Board, copy);
    }
}
