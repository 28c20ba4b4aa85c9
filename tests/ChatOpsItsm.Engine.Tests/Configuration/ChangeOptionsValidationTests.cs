using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Tests.Configuration;

public sealed class ChangeOptionsValidationTests
{
    private readonly ItsmOptionsValidator _validator = new();

    [Fact]
    public void Validate_ApproverGroupRoles_Succeed()
    {
        ItsmOptions options = new() { Roles = new Dictionary<string, IList<string>> { ["cab"] = ["local:carol"], ["release-board"] = ["local:dave"] } };

        Assert.True(_validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_RoleThatIsNoGroupName_NamesTheKey()
    {
        ItsmOptions options = new() { Roles = new Dictionary<string, IList<string>> { ["change board"] = ["local:carol"] } };

        Assert.Equal(
            ["Itsm:Roles:change board is neither a role (agent, oncall, admin) nor an approver group name such as cab (1 to 40 letters, digits, '-' or '_')."],
            _validator.Validate(null, options).Failures);
    }

    [Theory]
    [InlineData("standard", "Itsm:Changes:Policies:standard: a standard change is pre-approved and has no approval policy; use normal or emergency.")]
    [InlineData("urgent", "Itsm:Changes:Policies:urgent: 'urgent' is not a change type with a vote; use normal or emergency.")]
    public void Validate_PolicyForAWrongType_NamesTheKey(string type, string expected)
    {
        ItsmOptions options = new();
        options.Changes.Policies[type] = new ApprovalPolicyOptions();

        Assert.Equal([expected], _validator.Validate(null, options).Failures);
    }

    [Theory]
    [InlineData("00:00:59", 2)]
    [InlineData("30.00:00:01", 2)]
    [InlineData("1.00:00:00", 0)]
    public void Validate_BadCorrelationSettings_NameTheKey(string window, int threshold)
    {
        ItsmOptions options = new()
        {
            Changes = new ChangeOptions { CorrelationWindow = TimeSpan.Parse(window, null), SuspectIncidentThreshold = threshold },
        };

        string failure = Assert.Single(_validator.Validate(null, options).Failures!);
        Assert.Equal(
            threshold < 1
                ? "Itsm:Changes:SuspectIncidentThreshold must be at least 1."
                : "Itsm:Changes:CorrelationWindow must be between 00:01:00 and 30.00:00:00.",
            failure);
    }

    [Fact]
    public void Defaults_Correlation_OneDayAndTwoIncidents()
    {
        ChangeOptions options = new();

        Assert.Equal((TimeSpan.FromDays(1), 2), (options.CorrelationWindow, options.SuspectIncidentThreshold));
    }

    [Fact]
    public void Validate_BadPolicyValues_NameEachKey()
    {
        ItsmOptions options = new();
        options.Changes.Policies["normal"] = new ApprovalPolicyOptions
        {
            Group = "c a b", Quorum = 0, VotingDeadline = TimeSpan.FromDays(31), AtDeadline = "ignore",
        };

        Assert.Equal(
            [
                "Itsm:Changes:Policies:normal:Group 'c a b' is not an approver group name (1 to 40 letters, digits, '-' or '_').",
                "Itsm:Changes:Policies:normal:Quorum must be at least 1.",
                "Itsm:Changes:Policies:normal:VotingDeadline must be between 00:01:00 and 30.00:00:00.",
                "Itsm:Changes:Policies:normal:AtDeadline 'ignore' must be reject or escalate.",
            ],
            _validator.Validate(null, options).Failures);
    }

    [Fact]
    public void Validate_BadTemplatesFreezesAndRoutes_NameEachKey()
    {
        ItsmOptions options = new();
        options.Changes.StandardTemplates.Add("Cert");
        options.Changes.StandardTemplates.Add("cert");
        options.Changes.FreezeWindows.Add(new FreezeWindowOptions { Name = "", Start = new DateTimeOffset(2026, 12, 20, 0, 0, 0, TimeSpan.Zero), End = new DateTimeOffset(2026, 12, 19, 0, 0, 0, TimeSpan.Zero) });
        options.Changes.FreezeWindows.Add(new FreezeWindowOptions { Name = "launch" });
        options.Routes.Approvers["cab"] = ["nowhere"];

        Assert.Equal(
            [
                "Itsm:Changes:StandardTemplates lists 'cert' twice.",
                "Itsm:Changes:FreezeWindows:0:Name must be 1 to 80 characters.",
                "Itsm:Changes:FreezeWindows:0:End must be after its Start.",
                "Itsm:Changes:FreezeWindows:1 needs a Start and an End (ISO 8601, e.g. 2026-12-20T00:00Z).",
                "Itsm:Routes:Approvers:cab has 'nowhere', which is not a conversation such as local:cab or teams:19:abc@thread.tacv2.",
            ],
            _validator.Validate(null, options).Failures);
    }

    [Fact]
    public void PoliciesFrom_Override_KeepsTheDefaultsOfFieldsLeftOut()
    {
        ChangeOptions options = new();
        options.Policies["emergency"] = new ApprovalPolicyOptions { Quorum = 2, AtDeadline = "reject" };

        ApprovalPolicy emergency = ChangeSettings.PoliciesFrom(options).For(ChangeType.Emergency)!;

        Assert.Equal(new ApprovalPolicy(ApproverGroup.Ecab, 2, vetoOnReject: true, TimeSpan.FromHours(4), DeadlineAction.Reject), emergency);
        Assert.Equal(ApprovalPolicies.Default.For(ChangeType.Normal), ChangeSettings.PoliciesFrom(options).For(ChangeType.Normal));
    }

    [Fact]
    public void Validate_TheEngineTestsOptions_Succeed() =>
        Assert.Equal(ValidateOptionsResult.Success, _validator.Validate(null, EngineHarness.DefaultOptions()));
}
