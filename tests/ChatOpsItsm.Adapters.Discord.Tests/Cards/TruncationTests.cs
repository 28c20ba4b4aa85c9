using ChatOpsItsm.Adapters.Discord.Cards;

namespace ChatOpsItsm.Adapters.Discord.Tests.Cards;

public sealed class TruncationTests
{
    [Theory]
    [InlineData("", 5, "")]
    [InlineData("abcde", 5, "abcde")]
    [InlineData("abcdef", 5, "abcd…")]
    [InlineData("ab   cdef", 5, "ab…")]
    public void Shorten_CutsWithEllipsisOnlyWhenTooLong(string text, int max, string expected) =>
        Assert.Equal(expected, Truncation.Shorten(text, max));

    [Fact]
    public void Shorten_NeverLeavesHalfAnEmoji() =>
        Assert.Equal("ab…", Truncation.Shorten("ab🔥cd", 4));

    [Fact]
    public void ShortenAtBoundary_PrefersAParagraphEnd()
    {
        string text = new string('a', 60) + "\n\n" + new string('b', 60);

        Assert.Equal(new string('a', 60) + "…", Truncation.ShortenAtBoundary(text, 100, null));
    }

    [Fact]
    public void ShortenAtBoundary_BoundaryTooEarly_CutsHard()
    {
        string text = "a " + new string('b', 200);

        string cut = Truncation.ShortenAtBoundary(text, 100, null);

        Assert.Equal(100, cut.Length);
    }

    [Fact]
    public void ShortenAtBoundary_NoRoomForTheLink_FallsBackToEllipsis()
    {
        string cut = Truncation.ShortenAtBoundary(new string('a', 50), 20, "https://itsm.example.com/api/tickets/INC-1001");

        Assert.Equal(new string('a', 19) + "…", cut);
    }
}
