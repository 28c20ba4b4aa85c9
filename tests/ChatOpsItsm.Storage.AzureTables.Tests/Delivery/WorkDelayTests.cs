using ChatOpsItsm.Storage.AzureTables.Delivery;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Delivery;

public sealed class WorkDelayTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan MaxStep = TimeSpan.FromDays(6);

    [Theory]
    [InlineData(-3600, 0)]
    [InlineData(0, 0)]
    [InlineData(0.2, 1)]
    [InlineData(2, 2)]
    [InlineData(2.0001, 3)]
    [InlineData(3600, 3600)]
    public void Until_WithinOneStep_IsTheTimeLeftRoundedUpToSeconds(double secondsAhead, double expectedSeconds)
    {
        TimeSpan delay = WorkDelay.Until(Now.AddSeconds(secondsAhead), Now, MaxStep);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }

    [Fact]
    public void Until_FurtherThanAStep_IsOneStep()
    {
        TimeSpan delay = WorkDelay.Until(Now.AddDays(30), Now, MaxStep);

        Assert.Equal(MaxStep, delay);
    }

    [Theory]
    [InlineData(-10, true)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(1.001, false)]
    [InlineData(60, false)]
    public void IsDue_WithinOneSecond_IsDue(double secondsAhead, bool due)
    {
        Assert.Equal(due, WorkDelay.IsDue(Now.AddSeconds(secondsAhead), Now));
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(5, 32)]
    [InlineData(8, 256)]
    [InlineData(9, 300)]
    [InlineData(1000, 300)]
    public void Backoff_Attempt_DoublesUpToFiveMinutes(long attempt, double expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), WorkDelay.Backoff(attempt));
    }
}
