using ChatOpsItsm.Adapters.Teams.Cards;

namespace ChatOpsItsm.Adapters.Teams.Tests.Cards;

public sealed class TeamsMarkdownTests
{
    [Fact]
    public void ForCard_EngineSubset_KeepsBoldItalicAndListsAndQuotesCode()
    {
        string text = TeamsMarkdown.ForCard("**History**\n- one _a_\n- two\n\nType `help` next.");

        Assert.Equal("**History**\n\n- one _a_\n- two\n\nType “help” next.", text);
    }

    [Fact]
    public void ForCard_SeparateLines_BecomeParagraphsBecauseTeamsIgnoresSingleNewlines()
    {
        string text = TeamsMarkdown.ForCard("first\r\nsecond\n\n\nthird");

        Assert.Equal("first\n\nsecond\n\nthird", text);
    }

    [Fact]
    public void ForCard_HtmlFromUser_StaysTextBecauseCardsRenderNoHtml()
    {
        string text = TeamsMarkdown.ForCard("<at>Everyone</at> <b>now</b>");

        Assert.Equal("<at>Everyone</at> <b>now</b>", text);
    }

    [Fact]
    public void ForMessage_HtmlAndMentionFromUser_AreEscaped()
    {
        string text = TeamsMarkdown.ForMessage("<at>Everyone</at> <a href=\"https://evil.example\">x</a> &amp; R&D");

        Assert.Equal("&lt;at&gt;Everyone&lt;/at&gt; &lt;a href=\"https://evil.example\"&gt;x&lt;/a&gt; &amp;amp; R&D", text);
    }

    [Fact]
    public void ForMessage_CodeAndBullets_AreKeptAsTeamsMarkdown()
    {
        string text = TeamsMarkdown.ForMessage("Try:\n- `incident list open`\n- `help`");

        Assert.Equal("Try:\n\n- `incident list open`\n- `help`", text);
    }

    [Theory]
    [InlineData("[Reset password](https://evil.example)", "Reset password (https://evil.example)")]
    [InlineData("![img](https://evil.example/p.png)", "img (https://evil.example/p.png)")]
    [InlineData("see [INC-1001] later", "see [INC-1001] later")]
    public void ForMessage_MarkdownLinkFromUser_ShowsItsAddress(string markdown, string expected)
    {
        Assert.Equal(expected, TeamsMarkdown.ForMessage(markdown));
    }
}
