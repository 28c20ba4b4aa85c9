using ChatOpsItsm.Adapters.Teams.Cards;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Teams.Tests.Cards;

public sealed class TruncationTests
{
    [Fact]
    public void Shorten_TextWithinLimit_IsUnchanged()
    {
        Assert.Equal("short", Truncation.Shorten("short", 5));
    }

    [Fact]
    public void Shorten_LongText_EndsInEllipsisWithinLimit()
    {
        string shortened = Truncation.Shorten("abcdefghij", 5);

        Assert.Equal("abcd…", shortened);
    }

    [Fact]
    public void Shorten_CutInsideSurrogatePair_KeepsValidUtf16()
    {
        string shortened = Truncation.Shorten("ab😀cd", 4);

        Assert.Equal("ab…", shortened);
    }

    [Fact]
    public void Notice_CardWithoutLinkOrTicket_SaysOnlyThatItWasShortened()
    {
        Card card = new("Report this incident?", [], null, [], []);

        Assert.Equal("_Shortened to fit in Teams._", Truncation.Notice(card));
    }

    [Fact]
    public void Notice_CardTitledWithTicketId_NamesTheShowCommand()
    {
        Card card = new("CHG-1042 · Patch core switches", [], null, [], []);

        Assert.Contains("“incident show CHG-1042”", Truncation.Notice(card), StringComparison.Ordinal);
    }
}
