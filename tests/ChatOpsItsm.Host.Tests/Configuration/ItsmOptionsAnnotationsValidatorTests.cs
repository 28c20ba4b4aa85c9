using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Host.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Tests.Configuration;

public sealed class ItsmOptionsAnnotationsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        ValidateOptionsResult result = new ItsmOptionsAnnotationsValidator().Validate(null, new ItsmOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_DialogTimeoutOutOfRange_Fails()
    {
        ValidateOptionsResult result = new ItsmOptionsAnnotationsValidator().Validate(null, new ItsmOptions { DialogTimeout = TimeSpan.FromSeconds(5) });

        Assert.True(result.Failed);
        Assert.Contains(nameof(ItsmOptions.DialogTimeout), result.FailureMessage, StringComparison.Ordinal);
    }
}
