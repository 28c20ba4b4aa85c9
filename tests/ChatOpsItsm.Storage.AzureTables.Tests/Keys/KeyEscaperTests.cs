using ChatOpsItsm.Storage.AzureTables.Keys;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Keys;

public sealed class KeyEscaperTests
{
    [Theory]
    [InlineData("")]
    [InlineData("local:alice")]
    [InlineData("teams:29:1a-Bc_d.e@f")]
    [InlineData("o'brien \"quoted\" 100% | a/b\\c #? ~tilde~")]
    [InlineData("PartitionKey eq 'x' or true")]
    [InlineData("emoji 😀 and é, ß, 日本")]
    [InlineData("control \u0000\u0001\u001f\u007f\u0085 chars")]
    [InlineData("~0041 looks escaped")]
    public void Unescape_OfEscape_ReturnsTheOriginal(string value)
    {
        string escaped = KeyEscaper.Escape(value);

        Assert.Equal(value, KeyEscaper.Unescape(escaped));
    }

    [Theory]
    [InlineData('|', "~007C")]
    [InlineData('/', "~002F")]
    [InlineData('\\', "~005C")]
    [InlineData('#', "~0023")]
    [InlineData('?', "~003F")]
    [InlineData('~', "~007E")]
    [InlineData('\'', "~0027")]
    [InlineData('"', "~0022")]
    [InlineData('%', "~0025")]
    [InlineData(' ', "~0020")]
    [InlineData('}', "~007D")]
    [InlineData('\u0000', "~0000")]
    [InlineData('\u001f', "~001F")]
    [InlineData('\u007f', "~007F")]
    [InlineData('\u009f', "~009F")]
    [InlineData('é', "~00E9")]
    public void Escape_ForbiddenCharacter_BecomesTildeAndFourHexDigits(char forbidden, string expected)
    {
        string escaped = KeyEscaper.Escape($"a{forbidden}b");

        Assert.Equal($"a{expected}b", escaped);
    }

    [Fact]
    public void Escape_EveryCharacterOutsideTheKeptSet_LeavesOnlySafeCharacters()
    {
        string everyUnit = new([.. Enumerable.Range(0, char.MaxValue + 1).Select(unit => (char)unit)]);

        string escaped = KeyEscaper.Escape(everyUnit);

        Assert.All(escaped, c => Assert.True(char.IsAsciiLetterOrDigit(c) || ".:_@-~".Contains(c), $"U+{(int)c:X4} kept"));
        Assert.Equal(everyUnit, KeyEscaper.Unescape(escaped));
    }

    [Fact]
    public void Escape_Emoji_EscapesBothSurrogates()
    {
        string escaped = KeyEscaper.Escape("😀");

        Assert.Equal("~D83D~DE00", escaped);
    }

    [Fact]
    public void Escape_KeptCharacters_AreUnchanged()
    {
        const string kept = "AZaz09.:_@-";

        Assert.Same(kept, KeyEscaper.Escape(kept));
    }

    [Theory]
    [InlineData("~")]
    [InlineData("~12")]
    [InlineData("~XYZW")]
    [InlineData("a|b")]
    public void Unescape_NotFromEscape_Throws(string malformed)
    {
        Assert.Throws<FormatException>(() => KeyEscaper.Unescape(malformed));
    }

    [Fact]
    public void KeyPart_LongValues_AreBoundedAndStayDistinct()
    {
        string first = new string('/', 1000) + "a";
        string second = new string('/', 1000) + "b";

        string firstPart = KeyEscaper.KeyPart(first);
        string secondPart = KeyEscaper.KeyPart(second);

        Assert.Equal(KeyEscaper.MaxKeyPartLength, firstPart.Length);
        Assert.NotEqual(firstPart, secondPart);
        Assert.DoesNotContain('/', firstPart);
    }

    [Fact]
    public void KeyPart_ShortValue_IsTheEscapedValue()
    {
        Assert.Equal("local:o~0027brien", KeyEscaper.KeyPart("local:o'brien"));
    }
}
