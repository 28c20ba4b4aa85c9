using ChatOpsItsm.Host.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Tests.Configuration;

public sealed class ChannelsOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        ValidateOptionsResult result = new ChannelsOptionsValidator().Validate(null, new ChannelsOptions());

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(120_000)]
    public void Validate_PollIntervalOutOfRange_FailsNamingTheSetting(int milliseconds)
    {
        ChannelsOptions options = new() { Local = new LocalChannelOptions { PollInterval = TimeSpan.FromMilliseconds(milliseconds) } };

        ValidateOptionsResult result = new ChannelsOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(nameof(LocalChannelOptions.PollInterval), result.FailureMessage, StringComparison.Ordinal);
    }
}
