using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Engine.Tests.Incidents;

public sealed class SlaTextTests
{
    private static readonly DateTimeOffset Now = BuilderDefaults.Instant;

    [Fact]
    public void Describe_MetBeforeDue_SaysMetWithTheTime()
    {
        string text = SlaText.Describe(Now.AddHours(4), Now.AddMinutes(10), paused: false, Now.AddHours(6));

        Assert.Equal("met 2026-01-05 09:10 UTC", text);
    }

    [Fact]
    public void Describe_MetExactlyAtDue_SaysMet()
    {
        string text = SlaText.Describe(Now.AddHours(4), Now.AddHours(4), paused: false, Now.AddHours(6));

        Assert.Equal("met 2026-01-05 13:00 UTC", text);
    }

    [Fact]
    public void Describe_MetAfterDue_SaysMissedByHowMuch()
    {
        string text = SlaText.Describe(Now.AddMinutes(15), Now.AddMinutes(50), paused: false, Now.AddHours(6));

        Assert.Equal("missed by 35 min (2026-01-05 09:50 UTC)", text);
    }

    [Fact]
    public void Describe_NotYetDue_SaysDueInWithTheDueTime()
    {
        string text = SlaText.Describe(Now.AddHours(4), null, paused: false, Now.AddMinutes(30));

        Assert.Equal("due in 3 h 30 min (2026-01-05 13:00 UTC)", text);
    }

    [Fact]
    public void Describe_PastDue_SaysOverdueBy()
    {
        string text = SlaText.Describe(Now, null, paused: false, Now.AddDays(2).AddHours(5));

        Assert.Equal("overdue by 2 d 5 h (2026-01-05 09:00 UTC)", text);
    }

    [Theory]
    [InlineData(90, "paused, 1 h 30 min left")]
    [InlineData(-90, "paused, under a minute left")]
    public void Describe_Paused_SaysHowMuchIsLeft(int minutesLeft, string expected)
    {
        string text = SlaText.Describe(Now.AddMinutes(minutesLeft), null, paused: true, Now);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(0, "under a minute")]
    [InlineData(59, "under a minute")]
    [InlineData(60, "1 min")]
    [InlineData(59 * 60 + 59, "59 min")]
    [InlineData(3600, "1 h 0 min")]
    [InlineData(47 * 3600 + 59 * 60, "47 h 59 min")]
    [InlineData(48 * 3600, "2 d 0 h")]
    [InlineData(5 * 86400 + 3 * 3600 + 59 * 60, "5 d 3 h")]
    public void Span_Duration_IsRoundedDownToReadableUnits(int seconds, string expected)
    {
        string text = SlaText.Span(TimeSpan.FromSeconds(seconds));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Stamp_AnyOffset_IsWrittenInUtc()
    {
        string text = SlaText.Stamp(new DateTimeOffset(2026, 1, 5, 10, 30, 0, TimeSpan.FromHours(1)));

        Assert.Equal("2026-01-05 09:30 UTC", text);
    }
}
