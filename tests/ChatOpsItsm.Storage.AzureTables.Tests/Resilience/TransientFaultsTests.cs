using Azure;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using Polly.Timeout;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Resilience;

public sealed class TransientFaultsTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(400, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    [InlineData(412, false)]
    public void IsTransient_RequestFailed_DependsOnTheStatus(int status, bool expected)
    {
        Assert.Equal(expected, TransientFaults.IsTransient(new RequestFailedException(status, "x"), CancellationToken.None));
    }

    [Fact]
    public void IsTransient_NetworkAndTimeouts_AreTransient()
    {
        Assert.True(TransientFaults.IsTransient(new HttpRequestException("refused"), CancellationToken.None));
        Assert.True(TransientFaults.IsTransient(new TimeoutRejectedException(), CancellationToken.None));
        Assert.True(TransientFaults.IsTransient(new TaskCanceledException(), CancellationToken.None));
    }

    [Fact]
    public void IsTransient_CancellationTheCallerAskedFor_IsNotAFault()
    {
        using CancellationTokenSource canceled = new();
        canceled.Cancel();

        Assert.False(TransientFaults.IsTransient(new OperationCanceledException(canceled.Token), canceled.Token));
    }

    [Fact]
    public void Describe_RequestFailed_NamesStatusAndCodeButNotTheMessage()
    {
        RequestFailedException exception = new(503, "secret details", "ServerBusy", null);

        string description = TransientFaults.Describe(exception);

        Assert.Equal("RequestFailedException status 503 ServerBusy", description);
    }
}
