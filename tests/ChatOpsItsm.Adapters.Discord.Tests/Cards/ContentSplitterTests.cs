using System.Text;
using ChatOpsItsm.Adapters.Discord.Cards;

namespace ChatOpsItsm.Adapters.Discord.Tests.Cards;

public sealed class ContentSplitterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(2000)]
    public void Split_TextThatFits_IsTheOnePart(int length)
    {
        string text = SampleCards.Text(length);

        Assert.Equal([text], ContentSplitter.Split(text, SampleCards.Link));
    }

    [Fact]
    public void Split_HeadingRightAtTheLimit_FirstPartIsExactly2000()
    {
        string text = new string('a', 2000) + "\n\n## Next\n" + new string('b', 100);

        Assert.Equal([new string('a', 2000), "## Next\n" + new string('b', 100)], ContentSplitter.Split(text, null));
    }

    [Fact]
    public void Split_HeadingOneCharacterTooLate_CutsHardAt2000()
    {
        string text = new string('a', 2001) + "\n\n## Next\n" + new string('b', 100);

        Assert.Equal([new string('a', 2000), "a\n\n## Next\n" + new string('b', 100)], ContentSplitter.Split(text, null));
    }

    [Fact]
    public void Split_HeadingAndALaterBlankLine_PrefersTheHeading()
    {
        string second = "## Timeline\n" + new string('b', 500) + "\n\n" + new string('c', 1000);
        string text = new string('a', 1200) + "\n\n" + second;

        Assert.Equal([new string('a', 1200), second], ContentSplitter.Split(text, null));
    }

    [Fact]
    public void Split_BlankLineAndALaterLineBreak_PrefersTheBlankLine()
    {
        string second = new string('b', 300) + "\n" + new string('c', 1000);

        Assert.Equal([new string('a', 1500), second], ContentSplitter.Split(new string('a', 1500) + "\n\n" + second, null));
    }

    [Fact]
    public void Split_LineBreakAndALaterSpace_PrefersTheLineBreak()
    {
        string second = new string('b', 300) + " " + new string('c', 1000);

        Assert.Equal([new string('a', 1500), second], ContentSplitter.Split(new string('a', 1500) + "\n" + second, null));
    }

    [Fact]
    public void Split_HeadingInTheFirstHalfOnly_IsIgnoredForALaterSpace()
    {
        string text = new string('a', 500) + "\n\n## Early\n" + SampleCards.Text(2000);

        IReadOnlyList<string> parts = ContentSplitter.Split(text, null);

        Assert.Equal(2, parts.Count);
        Assert.InRange(parts[0].Length, 1990, 2000);
        Assert.EndsWith("abcde", parts[0], StringComparison.Ordinal);
        Assert.Equal(text, parts[0] + " " + parts[1]);
    }

    [Fact]
    public void Split_A2000CharacterLineWithoutSpaces_EndsAtItsLineBreak()
    {
        string text = new string('x', 2000) + "\n" + new string('y', 100);

        Assert.Equal([new string('x', 2000), new string('y', 100)], ContentSplitter.Split(text, null));
    }

    [Fact]
    public void Split_ALongerLineWithoutSpaces_IsCutHardAt2000()
    {
        Assert.Equal([new string('x', 2000), new string('x', 500)], ContentSplitter.Split(new string('x', 2500), null));
    }

    [Fact]
    public void Split_SurrogatePairAcrossTheLimit_MovesWholeToTheNextPart()
    {
        string text = new string('x', 1999) + "🔥" + new string('x', 100);

        Assert.Equal([new string('x', 1999), "🔥" + new string('x', 100)], ContentSplitter.Split(text, null));
    }

    [Fact]
    public void Split_SurrogatePairEndingAtTheLimit_StaysInTheFirstPart()
    {
        string text = new string('x', 1998) + "🔥" + new string('x', 100);

        Assert.Equal([new string('x', 1998) + "🔥", new string('x', 100)], ContentSplitter.Split(text, null));
    }

    [Fact]
    public void Split_CodeFenceAcrossTheBoundary_IsClosedAndReopenedWithItsInfoString()
    {
        string code = string.Concat(Enumerable.Range(1, 150).Select(n => $"\"line\": {n:D4},\n"));
        string text = "Config at the time:\n\n```json\n" + code + "```\n\nThat was all.";

        IReadOnlyList<string> parts = ContentSplitter.Split(text, null);

        Assert.Equal(2, parts.Count);
        Assert.All(parts, part => Assert.InRange(part.Length, 1, 2000));
        Assert.EndsWith("\n```", parts[0], StringComparison.Ordinal);
        Assert.StartsWith("```json\n", parts[1], StringComparison.Ordinal);
        Assert.EndsWith("```\n\nThat was all.", parts[1], StringComparison.Ordinal);
        Assert.All(parts, part => Assert.Equal(0, FenceLines(part) % 2));

        // Nothing lost: without the added fences and the dropped line break, the parts are the text.
        Assert.Equal(text, parts[0][..^"\n```".Length] + "\n" + parts[1]["```json\n".Length..]);
    }

    [Fact]
    public void Split_TextOfExactlyFiveParts_HasNoPointer()
    {
        IReadOnlyList<string> parts = ContentSplitter.Split(new string('x', 10_000), SampleCards.Link);

        Assert.Equal(Enumerable.Repeat(new string('x', 2000), ContentSplitter.MaxParts), parts);
    }

    [Fact]
    public void Split_BeyondFiveParts_CutsTheLastWithThePointer()
    {
        IReadOnlyList<string> parts = ContentSplitter.Split(SampleCards.Text(12_000), SampleCards.Link);

        Assert.Equal(ContentSplitter.MaxParts, parts.Count);
        Assert.All(parts, part => Assert.True(part.Length <= 2000));
        Assert.EndsWith("abcde… full ticket: " + SampleCards.Link, parts[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("full ticket", string.Concat(parts.SkipLast(1)), StringComparison.Ordinal);
    }

    [Fact]
    public void Split_BeyondFivePartsInsideACodeBlock_ClosesItBeforeThePointer()
    {
        string text = "```\n" + string.Concat(Enumerable.Repeat("log line 0123456789\n", 600)) + "```";

        IReadOnlyList<string> parts = ContentSplitter.Split(text, SampleCards.Link);

        Assert.Equal(ContentSplitter.MaxParts, parts.Count);
        Assert.All(parts, part => Assert.True(part.Length <= 2000));
        Assert.All(parts, part => Assert.Equal(0, FenceLines(part) % 2));
        Assert.EndsWith("\n```\n… full ticket: " + SampleCards.Link, parts[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Split_ReviewLikeMarkdown_OnePartPerSection()
    {
        Assert.Equal([SampleReview.Summary, SampleReview.Timeline, SampleReview.Actions], ContentSplitter.Split(SampleReview.Markdown, null));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Split_MixedText_PartsFitAlwaysAndNeverFitTogether(int seed)
    {
        string text = MixedText(new Random(seed), 7000);

        IReadOnlyList<string> parts = ContentSplitter.Split(text, SampleCards.Link);

        Assert.All(parts, part => Assert.InRange(part.Length, 1, 2000));
        Assert.All(parts, part => Assert.False(char.IsHighSurrogate(part[^1]) || char.IsLowSurrogate(part[0])));

        // The text may end inside a code block; every part before the last closes what it opened.
        Assert.All(parts.SkipLast(1), part => Assert.Equal(0, FenceLines(part) % 2));

        // The packer joins replies with a blank line; two parts of one text must not fit a message that way.
        Assert.All(parts.Zip(parts.Skip(1)), pair => Assert.True(pair.First.Length + 2 + pair.Second.Length > 2000));
    }

    private static int FenceLines(string text) => text.Split('\n').Count(line => line.TrimStart().StartsWith("```", StringComparison.Ordinal));

    private static string MixedText(Random random, int length)
    {
        string[] pieces = ["word ", "mot ", "🔥 ", "👩‍💻 ", "\n", "\n\n", "\n\n## Heading\n\n", "\n```\ncode();\n```\n", "\n\n```sh\nrun --all\n", "\n```\n", "x"];
        StringBuilder text = new();
        while (text.Length < length)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        return text.ToString();
    }
}
