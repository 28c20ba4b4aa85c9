using ChatOpsItsm.Host.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Tests.Configuration;

public sealed class ApiOptionsValidatorTests
{
    [Fact]
    public void Validate_NoKeys_Succeeds()
    {
        ValidateOptionsResult result = new ApiOptionsValidator().Validate(null, new ApiOptions());

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("has a space in the middle")]
    [InlineData("")]
    public void Validate_WeakKey_FailsNamingThePositionNotTheKey(string key)
    {
        ApiOptions options = new() { Keys = ["a-perfectly-fine-key-123", key] };

        ValidateOptionsResult result = new ApiOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Api:Keys:1", result.FailureMessage, StringComparison.Ordinal);
        if (key.Length > 0)
        {
            Assert.DoesNotContain(key, result.FailureMessage, StringComparison.Ordinal);
        }
    }
}
