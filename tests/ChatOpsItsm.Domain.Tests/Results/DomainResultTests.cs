using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Domain.Tests.Results;

public sealed class DomainResultTests
{
    [Fact]
    public void Ok_Always_SucceededWithoutError()
    {
        DomainResult result = DomainResult.Ok;

        Assert.True(result.Succeeded);
        Assert.Null(result.Error);
    }

    [Fact]
    public void Refused_CodeAndMessage_CarriesThemAndFails()
    {
        DomainResult result = DomainResult.Refused(DomainErrorCodes.Unchanged, "Nothing to do.");

        Assert.False(result.Succeeded);
        Assert.Equal(new DomainError(DomainErrorCodes.Unchanged, "Nothing to do."), result.Error);
    }
}
