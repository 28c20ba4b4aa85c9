using ChatOpsItsm.Storage.AzureTables.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Configuration;

public sealed class TableStorageOptionsValidatorTests
{
    private readonly TableStorageOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        ValidateOptionsResult result = _validator.Validate(null, new TableStorageOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("1Itsm")]
    [InlineData("It-sm")]
    [InlineData("It sm")]
    [InlineData("")]
    [InlineData("A1234567890123456789012345678901234567890")]
    public void Validate_BadTablePrefix_Fails(string prefix)
    {
        ValidateOptionsResult result = _validator.Validate(null, new TableStorageOptions { TablePrefix = prefix });

        Assert.True(result.Failed);
        Assert.Contains(nameof(TableStorageOptions.TablePrefix), result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LongestTablePrefix_Succeeds()
    {
        ValidateOptionsResult result = _validator.Validate(null, new TableStorageOptions { TablePrefix = "A" + new string('b', 39) });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_OutOfRangeNumbers_Fail()
    {
        ValidateOptionsResult result = _validator.Validate(
            null, new TableStorageOptions { MaxRetries = 11, OperationTimeout = TimeSpan.Zero, ConnectionString = "" });

        Assert.True(result.Failed);
        Assert.Contains(nameof(TableStorageOptions.MaxRetries), result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(nameof(TableStorageOptions.OperationTimeout), result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(nameof(TableStorageOptions.ConnectionString), result.FailureMessage, StringComparison.Ordinal);
    }
}
