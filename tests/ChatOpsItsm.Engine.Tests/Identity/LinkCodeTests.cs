using ChatOpsItsm.Engine.Identity;

namespace ChatOpsItsm.Engine.Tests.Identity;

public sealed class LinkCodeTests
{
    [Fact]
    public void New_IsEightCharactersWithoutLookAlikes()
    {
        for (int i = 0; i < 200; i++)
        {
            string code = LinkCode.New().ToString();

            Assert.Equal(8, code.Length);
            Assert.All(code, c => Assert.Contains(c, LinkCode.Alphabet));
            Assert.DoesNotContain(code, c => c is '0' or 'O' or '1' or 'I');
        }
    }

    [Fact]
    public void New_DrawsDifferentCodes()
    {
        HashSet<string> codes = [.. Enumerable.Range(0, 100).Select(_ => LinkCode.New().ToString())];

        Assert.Equal(100, codes.Count);
    }

    [Theory]
    [InlineData("abcd2345", "ABCD2345")]
    [InlineData("  XYZW6789 ", "XYZW6789")]
    public void TryParse_TypedCode_IsUpperCased(string typed, string expected)
    {
        Assert.True(LinkCode.TryParse(typed, out LinkCode code));
        Assert.Equal(expected, code.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCD234")]
    [InlineData("ABCD23456")]
    [InlineData("ABCD2340")]
    [InlineData("ABCDO345")]
    [InlineData("ABC'2345")]
    public void TryParse_NotACode_IsFalse(string? typed)
    {
        Assert.False(LinkCode.TryParse(typed, out _));
    }
}
