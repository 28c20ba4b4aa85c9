using ChatOpsItsm.Engine.Commands;

namespace ChatOpsItsm.Engine.Tests.Commands;

public sealed class TokenizerTests
{
    [Fact]
    public void Split_Words_SeparatesOnAnyWhitespace()
    {
        IReadOnlyList<Token> tokens = Tokenizer.Split("  incident\tlist \n open ");

        Assert.Equal(["incident", "list", "open"], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Null(t.Key));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Split_NothingToSplit_ReturnsNoTokens(string? text)
    {
        IReadOnlyList<Token> tokens = Tokenizer.Split(text!);

        Assert.Empty(tokens);
    }

    [Fact]
    public void Split_KeyValue_ExposesLowerCaseKeyAndValue()
    {
        IReadOnlyList<Token> tokens = Tokenizer.Split("Service:email");

        Token token = Assert.Single(tokens);
        Assert.Equal("service", token.Key);
        Assert.Equal("email", token.Value);
        Assert.Equal("Service:email", token.Text);
    }

    [Theory]
    [InlineData("description:\"the whole office\"")]
    [InlineData("description:\u201Cthe whole office\u201D")]
    public void Split_QuotedValue_KeepsSpacesInsideTheValue(string text)
    {
        IReadOnlyList<Token> tokens = Tokenizer.Split(text + " next");

        Assert.Equal(2, tokens.Count);
        Assert.Equal("description", tokens[0].Key);
        Assert.Equal("the whole office", tokens[0].Value);
        Assert.Equal("next", tokens[1].Text);
    }

    [Theory]
    [InlineData("\"Error: printer jam\"")]
    [InlineData("\u201CError: printer jam\u201D")]
    public void Split_QuotedWordWithColon_StaysTextWithoutQuotes(string text)
    {
        IReadOnlyList<Token> tokens = Tokenizer.Split(text);

        Token token = Assert.Single(tokens);
        Assert.Null(token.Key);
        Assert.Equal("Error: printer jam", token.Text);
    }

    [Fact]
    public void Split_Url_KeepsWholeUrlAsText()
    {
        IReadOnlyList<Token> tokens = Tokenizer.Split("https://intranet.example.com/wiki?page=1");

        Token token = Assert.Single(tokens);
        Assert.Equal("https://intranet.example.com/wiki?page=1", token.Text);
    }

    [Theory]
    [InlineData("has-hyphen:value")]
    [InlineData("a.b:value")]
    [InlineData("averyveryverylongkeyname:value")]
    public void Split_WordBeforeColonIsNoKey_LeavesTheWordUnkeyed(string text)
    {
        IReadOnlyList<Token> tokens = Tokenizer.Split(text);

        Token token = Assert.Single(tokens);
        Assert.Null(token.Key);
        Assert.Equal(text, token.Text);
    }

    [Fact]
    public void Split_LeadingColon_IsNoKey()
    {
        IReadOnlyList<Token> tokens = Tokenizer.Split(":value");

        Assert.Null(Assert.Single(tokens).Key);
    }

    [Fact]
    public void Split_UnterminatedQuote_TakesTheRestOfTheLine()
    {
        IReadOnlyList<Token> tokens = Tokenizer.Split("note \"it broke again");

        Assert.Equal(["note", "it broke again"], tokens.Select(t => t.Text));
    }
}
