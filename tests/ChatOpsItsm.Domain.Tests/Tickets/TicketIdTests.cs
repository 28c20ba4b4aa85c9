using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Tests.Tickets;

public sealed class TicketIdTests
{
    [Theory]
    [InlineData("INC-1001", TicketType.Incident, 1001L)]
    [InlineData("PRB-1001", TicketType.Problem, 1001L)]
    [InlineData("CHG-2048", TicketType.Change, 2048L)]
    [InlineData("RLS-1500", TicketType.Release, 1500L)]
    [InlineData("REQ-9999999999", TicketType.Request, 9_999_999_999L)]
    public void Parse_CanonicalText_ReturnsTypeAndNumber(string text, TicketType type, long number)
    {
        TicketId id = TicketId.Parse(text);

        Assert.Equal(new TicketId(type, number), id);
    }

    [Theory]
    [InlineData("INC-1001")]
    [InlineData("PRB-1002")]
    [InlineData("CHG-123456")]
    [InlineData("RLS-1001")]
    [InlineData("REQ-9999999999")]
    public void ToString_ParsedId_RoundTripsTheText(string text)
    {
        TicketId id = TicketId.Parse(text);

        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [InlineData(TicketType.Incident, 1001L)]
    [InlineData(TicketType.Change, 4242L)]
    [InlineData(TicketType.Request, TicketId.MaxNumber)]
    public void Parse_ToStringOfId_ReturnsEqualId(TicketType type, long number)
    {
        TicketId id = new(type, number);

        TicketId parsed = TicketId.Parse(id.ToString());

        Assert.Equal(id, parsed);
    }

    [Theory]
    [InlineData("inc-1001")]
    [InlineData("Inc-1001")]
    [InlineData("iNc-1001")]
    [InlineData("  INC-1001\t")]
    public void TryParse_OtherCaseOrSurroundingWhitespace_ReturnsCanonicalId(string text)
    {
        bool parsed = TicketId.TryParse(text, out TicketId id);

        Assert.True(parsed);
        Assert.Equal("INC-1001", id.ToString());
    }

    [Theory]
    [InlineData("INC-1000")]
    [InlineData("INC-0")]
    [InlineData("INC-abc")]
    [InlineData("INC-10a1")]
    [InlineData("XYZ-1001")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("INC")]
    [InlineData("INC-")]
    [InlineData("INC1001")]
    [InlineData("INC--1001")]
    [InlineData("INC-+1001")]
    [InlineData("INC- 1001")]
    [InlineData("INC-1001-2")]
    [InlineData("INC-1 001")]
    [InlineData("INC-1001.0")]
    [InlineData("INCI-1001")]
    [InlineData("IN-1001")]
    [InlineData("INC-10000000000")]
    [InlineData("INC-99999999999999999999")]
    [InlineData("INC-١٠٠١")]
    public void TryParse_MalformedText_ReturnsFalse(string text)
    {
        bool parsed = TicketId.TryParse(text, out TicketId id);

        Assert.False(parsed);
        Assert.Equal(default, id);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        bool parsed = TicketId.TryParse(null, out _);

        Assert.False(parsed);
    }

    [Theory]
    [InlineData("INC-1000")]
    [InlineData("XYZ-1001")]
    [InlineData("")]
    public void Parse_MalformedText_ThrowsFormatExceptionQuotingTheText(string text)
    {
        FormatException exception = Assert.Throws<FormatException>(() => TicketId.Parse(text));

        Assert.Contains($"'{text}'", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TicketType.Incident, "INC")]
    [InlineData(TicketType.Problem, "PRB")]
    [InlineData(TicketType.Change, "CHG")]
    [InlineData(TicketType.Release, "RLS")]
    [InlineData(TicketType.Request, "REQ")]
    public void PrefixOf_EachType_ReturnsItsPrefix(TicketType type, string prefix)
    {
        string actual = TicketId.PrefixOf(type);

        Assert.Equal(prefix, actual);
    }

    [Fact]
    public void PrefixOf_UndefinedType_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TicketId.PrefixOf((TicketType)99));
    }

    [Fact]
    public void Equality_SameNumberDifferentType_NotEqual()
    {
        TicketId incident = TicketId.Parse("INC-1001");
        TicketId change = TicketId.Parse("CHG-1001");

        bool equal = incident == change;

        Assert.False(equal);
    }

    [Theory]
    [InlineData("INC-1001", "INC-1002")]
    [InlineData("INC-9999", "INC-10000")]
    [InlineData("INC-1002", "PRB-1001")]
    [InlineData("INC-9999999999", "PRB-1001")]
    public void Operators_LowerThenHigher_CompareInOrder(string lowerText, string higherText)
    {
        TicketId lower = TicketId.Parse(lowerText);
        TicketId higher = TicketId.Parse(higherText);

        Assert.True(lower < higher);
        Assert.True(lower <= higher);
        Assert.False(lower > higher);
        Assert.False(lower >= higher);
        Assert.True(higher > lower);
        Assert.True(higher >= lower);
        Assert.True(lower.CompareTo(higher) < 0);
        Assert.True(higher.CompareTo(lower) > 0);
    }

    [Fact]
    public void Operators_EqualIds_AreBothLessOrEqualAndGreaterOrEqual()
    {
        TicketId left = TicketId.Parse("CHG-1234");
        TicketId right = TicketId.Parse("chg-1234");

        Assert.True(left <= right);
        Assert.True(left >= right);
        Assert.False(left < right);
        Assert.False(left > right);
        Assert.Equal(0, left.CompareTo(right));
    }

    [Fact]
    public void Sort_MixedIds_OrdersByTypeThenNumber()
    {
        List<TicketId> ids =
        [
            TicketId.Parse("PRB-1001"), TicketId.Parse("INC-10000"), TicketId.Parse("INC-1002"), TicketId.Parse("INC-1001"),
        ];

        ids.Sort();

        Assert.Equal(["INC-1001", "INC-1002", "INC-10000", "PRB-1001"], ids.Select(id => id.ToString()));
    }
}
