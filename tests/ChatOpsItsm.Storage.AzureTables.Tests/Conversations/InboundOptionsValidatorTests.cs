using ChatOpsItsm.Storage.AzureTables.Conversations.Inbound;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Conversations;

public sealed class InboundOptionsValidatorTests
{
    [Theory]
    [InlineData("1.00:00:00")]
    [InlineData("00:01:00")]
    [InlineData("7.00:00:00")]
    public void Validate_WindowInRange_Succeeds(string window)
    {
        ValidateOptionsResult result = Validate(window);

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("00:00:59")]
    [InlineData("7.00:00:01")]
    [InlineData("00:00:00")]
    public void Validate_WindowOutOfRange_FailsNamingTheWindow(string window)
    {
        ValidateOptionsResult result = Validate(window);

        Assert.True(result.Failed);
        Assert.Contains(nameof(InboundOptions.Window), result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Window_Default_IsOneDay()
    {
        Assert.Equal(TimeSpan.FromHours(24), new InboundOptions().Window);
    }

    private static ValidateOptionsResult Validate(string window) =>
        new InboundOptionsValidator().Validate(
            Options.DefaultName,
            new InboundOptions { Window = TimeSpan.Parse(window, System.Globalization.CultureInfo.InvariantCulture) });
}
