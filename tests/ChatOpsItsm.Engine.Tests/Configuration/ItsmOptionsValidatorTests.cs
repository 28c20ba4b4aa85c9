using ChatOpsItsm.Engine.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Tests.Configuration;

public sealed class ItsmOptionsValidatorTests
{
    private readonly ItsmOptionsValidator _validator = new();

    [Fact]
    public void Validate_DefaultOptions_Succeeds()
    {
        ValidateOptionsResult result = _validator.Validate(null, new ItsmOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_TheEngineTestsOptions_Succeed()
    {
        ValidateOptionsResult result = _validator.Validate(null, EngineHarness.DefaultOptions());

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("local:")]
    [InlineData(":alice")]
    [InlineData("local:al ice")]
    [InlineData("lo-cal:alice")]
    [InlineData("")]
    public void Validate_BadAdminIdentity_NamesTheKeyAndValue(string identity)
    {
        ValidateOptionsResult result = _validator.Validate(null, new ItsmOptions { Admins = [identity] });

        Assert.True(result.Failed);
        Assert.Equal(
            [$"Itsm:Admins has '{identity}', which is not an identity such as local:alice or teams:<aadObjectId>."],
            result.Failures);
    }

    [Fact]
    public void Validate_BadRoleIdentity_NamesTheRoleKey()
    {
        ItsmOptions options = new() { Roles = new Dictionary<string, IList<string>> { ["agent"] = ["local:bob", "bob"] } };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Equal(
            ["Itsm:Roles:agent has 'bob', which is not an identity such as local:alice or teams:<aadObjectId>."],
            result.Failures);
    }

    [Theory]
    [InlineData("wiz ard")]
    [InlineData("c.a.b")]
    public void Validate_UnknownRole_IsRefused(string role)
    {
        ItsmOptions options = new() { Roles = new Dictionary<string, IList<string>> { [role] = ["local:bob"] } };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Equal(
            [$"Itsm:Roles:{role} is neither a role (agent, oncall, admin) nor an approver group name such as cab (1 to 40 letters, digits, '-' or '_')."],
            result.Failures);
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("oncall")]
    [InlineData("on-call")]
    [InlineData("Admin")]
    public void Validate_KnownRole_IsAccepted(string role)
    {
        ItsmOptions options = new() { Roles = new Dictionary<string, IList<string>> { [role] = ["local:bob"] } };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("P0")]
    [InlineData("P6")]
    [InlineData("1")]
    [InlineData("high")]
    public void Validate_SlaForAnUnknownPriority_IsRefused(string priority)
    {
        ItsmOptions options = new() { Sla = new Dictionary<string, SlaTargetOptions> { [priority] = Target(15, 60) } };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Equal([$"Itsm:Sla:{priority} is not a priority; use P1 to P5."], result.Failures);
    }

    [Theory]
    [InlineData(0, 60)]
    [InlineData(-5, 60)]
    [InlineData(60, 30)]
    public void Validate_SlaTargetOutOfOrder_IsRefused(int responseMinutes, int resolutionMinutes)
    {
        ItsmOptions options = new()
        {
            Sla = new Dictionary<string, SlaTargetOptions> { ["P2"] = Target(responseMinutes, resolutionMinutes) },
        };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Equal(["Itsm:Sla:P2 needs Response > 0 and Resolution ≥ Response."], result.Failures);
    }

    [Fact]
    public void Validate_SlaTargetWithEqualResponseAndResolution_IsAccepted()
    {
        ItsmOptions options = new() { Sla = new Dictionary<string, SlaTargetOptions> { ["P5"] = Target(60, 60) } };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_ServiceWithoutName_IsRefused(string name)
    {
        ItsmOptions options = new() { Services = [new ServiceOptions { Name = name }] };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Equal(["Itsm:Services needs a Name of 1 to 80 characters."], result.Failures);
    }

    [Fact]
    public void Validate_ServiceNameTooLong_IsRefused()
    {
        ItsmOptions options = new() { Services = [new ServiceOptions { Name = new string('s', 81) }] };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.True(result.Failed);
    }

    [Fact]
    public void Validate_SeveralMistakes_ReportsEveryOne()
    {
        ItsmOptions options = new()
        {
            Admins = ["root"],
            Roles = new Dictionary<string, IList<string>> { ["wiz ard"] = ["merlin"] },
            Sla = new Dictionary<string, SlaTargetOptions> { ["P9"] = Target(1, 2) },
        };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Equal(4, result.Failures!.Count());
    }

    [Fact]
    public void Validate_SlaKeyListingSeveralPriorities_IsRefused()
    {
        ItsmOptions options = new() { Sla = new Dictionary<string, SlaTargetOptions> { ["P1,P2"] = Target(15, 60) } };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.True(result.Failed);
    }

    private static SlaTargetOptions Target(int responseMinutes, int resolutionMinutes) => new()
    {
        Response = TimeSpan.FromMinutes(responseMinutes),
        Resolution = TimeSpan.FromMinutes(resolutionMinutes),
    };

    [Theory]
    [InlineData("local:")]
    [InlineData("status")]
    [InlineData("lo cal:status")]
    public void Validate_BadStakeholderRoute_NamesTheKeyAndValue(string route)
    {
        ItsmOptions options = new() { Routes = new RoutesOptions { Stakeholders = ["local:status", route] } };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Equal(
            [$"Itsm:Routes:Stakeholders has '{route}', which is not a conversation such as local:status or teams:19:abc@thread.tacv2."],
            result.Failures);
    }

    [Theory]
    [InlineData("P0", "Itsm:Major:Cadence:P0 is not a priority; use P1 to P5.")]
    [InlineData("urgent", "Itsm:Major:Cadence:urgent is not a priority; use P1 to P5.")]
    public void Validate_MajorCadenceForAnUnknownPriority_IsRefused(string priority, string expected)
    {
        ItsmOptions options = new() { Major = new MajorOptions { Cadence = new Dictionary<string, TimeSpan> { [priority] = TimeSpan.FromMinutes(30) } } };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Equal([expected], result.Failures);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    [InlineData(0.5)]
    public void Validate_MajorCadenceUnderASecond_IsRefused(double seconds)
    {
        ItsmOptions options = new() { Major = new MajorOptions { Cadence = new Dictionary<string, TimeSpan> { ["p1"] = TimeSpan.FromSeconds(seconds) } } };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Equal(["Itsm:Major:Cadence:p1 must be at least a second (00:00:01)."], result.Failures);
    }

    [Fact]
    public void Validate_MajorCadenceOfASecondOrMore_Succeeds()
    {
        ItsmOptions options = new()
        {
            Major = new MajorOptions { Cadence = new Dictionary<string, TimeSpan> { ["P1"] = TimeSpan.FromSeconds(1), ["P5"] = TimeSpan.FromHours(8) } },
            Routes = new RoutesOptions { Stakeholders = ["local:status", "teams:19:abc@thread.tacv2"] },
        };

        Assert.True(_validator.Validate(null, options).Succeeded);
    }
}
