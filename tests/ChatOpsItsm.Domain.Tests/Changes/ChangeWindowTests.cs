using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Domain.Tests.Changes;

public sealed class ChangeWindowTests
{
    private static readonly DateTimeOffset T = BuilderDefaults.Instant;

    [Theory]
    [InlineData(0, 2, 2, 4, false)] // touching: one ends as the other starts
    [InlineData(2, 4, 0, 2, false)] // touching, the other way round
    [InlineData(0, 2, 3, 4, false)] // apart
    [InlineData(0, 3, 2, 4, true)] // partial
    [InlineData(0, 4, 1, 2, true)] // contains
    [InlineData(1, 2, 0, 4, true)] // contained
    [InlineData(0, 2, 0, 2, true)] // identical
    public void Overlaps_TwoWindows_TrueOnlyWhenTheyShareAnInstant(int aStart, int aEnd, int bStart, int bEnd, bool expected)
    {
        ChangeWindow a = Hours(aStart, aEnd);
        ChangeWindow b = Hours(bStart, bEnd);

        bool overlaps = a.Overlaps(b);

        Assert.Equal(expected, overlaps);
        Assert.Equal(expected, b.Overlaps(a));
    }

    [Fact]
    public void Overlaps_OneTickOfOverlap_True()
    {
        ChangeWindow a = new(T, T + TimeSpan.FromHours(2));
        ChangeWindow b = new(T + TimeSpan.FromHours(2) - TimeSpan.FromTicks(1), T + TimeSpan.FromHours(3));

        Assert.True(a.Overlaps(b));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_EndNotAfterStart_Throws(int hours)
    {
        Assert.Throws<ArgumentException>(() => new ChangeWindow(T, T + TimeSpan.FromHours(hours)));
    }

    [Fact]
    public void ToString_OffsetInstants_ShowsUtc()
    {
        ChangeWindow window = new(new DateTimeOffset(2026, 1, 5, 23, 30, 0, TimeSpan.FromHours(2)), T + TimeSpan.FromHours(20));

        Assert.Equal("2026-01-05 21:30 UTC to 2026-01-06 05:00 UTC", window.ToString());
        Assert.Equal(TimeSpan.FromHours(7.5), window.Duration);
    }

    private static ChangeWindow Hours(int start, int end) => new(T + TimeSpan.FromHours(start), T + TimeSpan.FromHours(end));
}
