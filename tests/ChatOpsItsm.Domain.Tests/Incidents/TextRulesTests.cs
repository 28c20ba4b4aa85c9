using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Domain.Tests.Incidents;

public sealed class TextRulesTests
{
    [Theory]
    [InlineData("He said \"it's broken\"")]
    [InlineData("'; DROP TABLE Incidents; --")]
    [InlineData("100% down")]
    [InlineData("PartitionKey eq 'INC' or RowKey ne ''")]
    [InlineData("$filter=Title eq 'x' and true")]
    [InlineData("🔥 printer 🔥 on fire 🧯")]
    [InlineData("<script>alert(1)</script> & {json} [x] \\ / ` ~ # ?")]
    [InlineData("Störung im Büro – 東京 – ☃")]
    public void SingleLine_PrintableText_KeptVerbatim(string text)
    {
        string normalized = TextRules.SingleLine(text);

        Assert.Equal(text, normalized);
    }

    [Theory]
    [InlineData("He said \"it's broken\"")]
    [InlineData("PartitionKey eq 'INC' or RowKey ne ''")]
    [InlineData("100% 🔥\n'quoted'\n\ttabbed")]
    public void MultiLine_PrintableText_KeptVerbatim(string text)
    {
        string normalized = TextRules.MultiLine(text);

        Assert.Equal(text, normalized);
    }

    [Theory]
    [InlineData("Printer\u0000 on fire", "Printer on fire")]
    [InlineData("\u0007Printer on fire\u001b", "Printer on fire")]
    [InlineData("Pr\u0001in\u007fter", "Printer")]
    [InlineData("Printer\u009b on fire", "Printer on fire")]
    public void SingleLine_ControlCharacters_Dropped(string text, string expected)
    {
        string normalized = TextRules.SingleLine(text);

        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("  Printer on fire  ", "Printer on fire")]
    [InlineData("Printer\non\r\nfire", "Printer on fire")]
    [InlineData("Printer \t\t on   fire", "Printer on fire")]
    [InlineData("\n\nPrinter\n\n", "Printer")]
    public void SingleLine_WhitespaceRuns_CollapseToOneSpace(string text, string expected)
    {
        string normalized = TextRules.SingleLine(text);

        Assert.Equal(expected, normalized);
    }

    [Fact]
    public void SingleLine_ControlCharacterBetweenSpaces_CollapsesToOneSpace()
    {
        string normalized = TextRules.SingleLine("Printer \u0007 on fire");

        Assert.Equal("Printer on fire", normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0007")]
    public void SingleLine_NothingPrintable_ReturnsEmpty(string? text)
    {
        string normalized = TextRules.SingleLine(text);

        Assert.Equal("", normalized);
    }

    [Theory]
    [InlineData("one\r\ntwo", "one\ntwo")]
    [InlineData("one\rtwo", "one\ntwo")]
    [InlineData("one\n\ntwo", "one\n\ntwo")]
    [InlineData("col1\tcol2", "col1\tcol2")]
    public void MultiLine_LineBreaksAndTabs_KeptAsLineFeedsAndTabs(string text, string expected)
    {
        string normalized = TextRules.MultiLine(text);

        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("Line\u0000 one", "Line one")]
    [InlineData("\u001b[31mred\u001b[0m", "[31mred[0m")]
    [InlineData("bell\u0007\nnext", "bell\nnext")]
    [InlineData("  \n padded \n  ", "padded")]
    public void MultiLine_ControlCharactersAndOuterWhitespace_Dropped(string text, string expected)
    {
        string normalized = TextRules.MultiLine(text);

        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \r\n\t ")]
    [InlineData("\u0000")]
    public void MultiLine_NothingPrintable_ReturnsEmpty(string? text)
    {
        string normalized = TextRules.MultiLine(text);

        Assert.Equal("", normalized);
    }

    [Fact]
    public void Check_RequiredAndEmpty_RefusesNamingField()
    {
        DomainError? error = TextRules.Check("title", "", 200);

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "The title is required."), error);
    }

    [Fact]
    public void Check_OptionalAndEmpty_Accepts()
    {
        DomainError? error = TextRules.Check("description", "", 4_000, required: false);

        Assert.Null(error);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Check_ExactlyAtLimit_Accepts(bool required)
    {
        DomainError? error = TextRules.Check("title", new string('x', 200), 200, required);

        Assert.Null(error);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Check_OverLimit_RefusesWithLengthAndLimit(bool required)
    {
        DomainError? error = TextRules.Check("title", new string('x', 201), 200, required);

        Assert.Equal(
            new DomainError(DomainErrorCodes.Validation, "The title is 201 characters long; the limit is 200."),
            error);
    }
}
