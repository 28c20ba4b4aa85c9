using ChatOpsItsm.Storage.AzureTables.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Configuration;

public sealed class DeliveryOptionsValidatorTests
{
    private readonly DeliveryOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        DeliveryOptions defaults = new();

        ValidateOptionsResult result = _validator.Validate(null, defaults);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal(
            ("itsm-work", 5, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1), 16, TimeSpan.FromMinutes(1), TimeSpan.FromDays(6)),
            (defaults.QueueName, defaults.MaxAttempts, defaults.VisibilityTimeout, defaults.PollInterval, defaults.BatchSize, defaults.SweepAfter, defaults.MaxTimerStep));
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("Itsm-work")]
    [InlineData("itsm_work")]
    [InlineData("-itsm")]
    [InlineData("itsm-")]
    [InlineData("itsm--work")]
    [InlineData("")]
    [InlineData("a123456789012345678901234567890123456789012345678901234567890123")]
    public void Validate_BadQueueName_Fails(string name)
    {
        ValidateOptionsResult result = _validator.Validate(null, new DeliveryOptions { QueueName = name });

        Assert.True(result.Failed);
        Assert.Contains(nameof(DeliveryOptions.QueueName), result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("q1-2-3")]
    [InlineData("a12345678901234567890123456789012345678901234567890123456789012")]
    public void Validate_GoodQueueName_Succeeds(string name)
    {
        ValidateOptionsResult result = _validator.Validate(null, new DeliveryOptions { QueueName = name });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_OutOfRangeValues_Fail()
    {
        DeliveryOptions options = new()
        {
            MaxAttempts = 0,
            BatchSize = 33,
            VisibilityTimeout = TimeSpan.Zero,
            PollInterval = TimeSpan.FromMinutes(2),
            SweepAfter = TimeSpan.FromMilliseconds(10),
            MaxTimerStep = TimeSpan.FromDays(7),
        };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        foreach (string name in new[] { "MaxAttempts", "BatchSize", "VisibilityTimeout", "PollInterval", "SweepAfter", "MaxTimerStep" })
        {
            Assert.Contains(name, result.FailureMessage, StringComparison.Ordinal);
        }
    }
}
