using ChatOpsItsm.Host.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Tests.Configuration;

public sealed class DeliveryWorkersOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_SucceedWithWorkersOn()
    {
        DeliveryWorkersOptions options = new();

        ValidateOptionsResult result = new DeliveryWorkersOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded);
        Assert.True(options.WorkersEnabled);
    }

    [Fact]
    public void Validate_SweepIntervalZero_FailsNamingTheSetting()
    {
        DeliveryWorkersOptions options = new() { SweepInterval = TimeSpan.Zero };

        ValidateOptionsResult result = new DeliveryWorkersOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(nameof(DeliveryWorkersOptions.SweepInterval), result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PurgeIntervalOverADay_FailsNamingTheSetting()
    {
        DeliveryWorkersOptions options = new() { PurgeInterval = TimeSpan.FromDays(2) };

        ValidateOptionsResult result = new DeliveryWorkersOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(nameof(DeliveryWorkersOptions.PurgeInterval), result.FailureMessage, StringComparison.Ordinal);
    }
}
