using ChatOpsItsm.Engine.Commands;

namespace ChatOpsItsm.Engine.Tests.Commands;

public sealed class CommandParserTests
{
    private readonly CommandParser _parser = new(new CommandCatalog());

    [Theory]
    [InlineData("incident list")]
    [InlineData("/incident list")]
    [InlineData("  /incident   list  ")]
    [InlineData("/ incident list")]
    [InlineData("INCIDENT List")]
    public void Parse_WithOrWithoutLeadingSlash_FindsTheCommand(string text)
    {
        ParseOutcome outcome = _parser.Parse(text);

        ParsedCommand parsed = Assert.IsType<ParsedCommand>(outcome);
        Assert.Equal("incident.list", parsed.Command.ActionId);
        Assert.Empty(parsed.Values);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("/help")]
    [InlineData("whoami")]
    public void Parse_SingleWordCommand_FindsIt(string text)
    {
        ParseOutcome outcome = _parser.Parse(text);

        Assert.IsType<ParsedCommand>(outcome);
    }

    [Fact]
    public void Parse_ReportWithOptions_BindsOptionsAndTitle()
    {
        ParseOutcome outcome = _parser.Parse("incident report Printer on fire service:printing impact:high urgency:low");

        IReadOnlyDictionary<string, string> values = Assert.IsType<ParsedCommand>(outcome).Values;
        Assert.Equal("Printer on fire", values["title"]);
        Assert.Equal("printing", values["service"]);
        Assert.Equal("high", values["impact"]);
        Assert.Equal("low", values["urgency"]);
    }

    [Fact]
    public void Parse_OptionsBeforeTitle_StillBindsTheRestAsTitle()
    {
        ParseOutcome outcome = _parser.Parse("incident report service:vpn Tunnel drops every hour");

        IReadOnlyDictionary<string, string> values = Assert.IsType<ParsedCommand>(outcome).Values;
        Assert.Equal("Tunnel drops every hour", values["title"]);
        Assert.Equal("vpn", values["service"]);
    }

    [Theory]
    [InlineData("incident report Mail down service:email description:\"since 8 this morning\"")]
    [InlineData("incident report Mail down service:email description:\u201Csince 8 this morning\u201D")]
    public void Parse_QuotedOptionValue_KeepsItsSpaces(string text)
    {
        ParseOutcome outcome = _parser.Parse(text);

        IReadOnlyDictionary<string, string> values = Assert.IsType<ParsedCommand>(outcome).Values;
        Assert.Equal("since 8 this morning", values["description"]);
        Assert.Equal("Mail down", values["title"]);
    }

    [Fact]
    public void Parse_OptionKeyInAnyCase_BindsIt()
    {
        ParseOutcome outcome = _parser.Parse("incident report Mail down SERVICE:email");

        Assert.Equal("email", Assert.IsType<ParsedCommand>(outcome).Values["service"]);
    }

    [Theory]
    [InlineData("incident report Error: printer jam service:printing", "Error: printer jam")]
    [InlineData("incident report Wiki https://intranet.example.com/wiki is blank service:web", "Wiki https://intranet.example.com/wiki is blank")]
    [InlineData("incident report Ratio 3:1 is wrong service:reports", "Ratio 3:1 is wrong")]
    [InlineData("incident report \"Note: the title\" service:x", "Note: the title")]
    public void Parse_UnknownKeyInText_StaysInTheTitle(string text, string expectedTitle)
    {
        ParseOutcome outcome = _parser.Parse(text);

        IReadOnlyDictionary<string, string> values = Assert.IsType<ParsedCommand>(outcome).Values;
        Assert.Equal(expectedTitle, values["title"]);
        Assert.False(values.ContainsKey("error"));
        Assert.False(values.ContainsKey("https"));
    }

    [Fact]
    public void Parse_PositionalIdThenText_LastTextParameterTakesTheRest()
    {
        ParseOutcome outcome = _parser.Parse("incident resolve INC-1001 Restarted the spooler, jobs print again");

        IReadOnlyDictionary<string, string> values = Assert.IsType<ParsedCommand>(outcome).Values;
        Assert.Equal("INC-1001", values["id"]);
        Assert.Equal("Restarted the spooler, jobs print again", values["resolution"]);
    }

    [Fact]
    public void Parse_TextContainingUnknownKey_KeepsItInTheRest()
    {
        ParseOutcome outcome = _parser.Parse("incident note INC-1001 Error: disk full on srv-01");

        Assert.Equal("Error: disk full on srv-01", Assert.IsType<ParsedCommand>(outcome).Values["text"]);
    }

    [Theory]
    [InlineData("incident assign INC-1001 @olga", "INC-1001", "@olga")]
    [InlineData("incident assign INC-1001 me", "INC-1001", "me")]
    [InlineData("incident assign INC-1001 teams:abc", "INC-1001", "teams:abc")]
    public void Parse_AssignWithUser_BindsIdAndUserPositionally(string text, string expectedId, string expectedUser)
    {
        ParseOutcome outcome = _parser.Parse(text);

        IReadOnlyDictionary<string, string> values = Assert.IsType<ParsedCommand>(outcome).Values;
        Assert.Equal(expectedId, values["id"]);
        Assert.Equal(expectedUser, values["user"]);
    }

    [Fact]
    public void Parse_IdGivenAsOption_LeavesTheWordsForTheText()
    {
        ParseOutcome outcome = _parser.Parse("incident note Still broken id:INC-1002");

        IReadOnlyDictionary<string, string> values = Assert.IsType<ParsedCommand>(outcome).Values;
        Assert.Equal("INC-1002", values["id"]);
        Assert.Equal("Still broken", values["text"]);
    }

    [Fact]
    public void Parse_HoldWithOptionAndReason_BindsBoth()
    {
        ParseOutcome outcome = _parser.Parse("incident hold INC-1001 for:vendor waiting for Dell to ship a part");

        IReadOnlyDictionary<string, string> values = Assert.IsType<ParsedCommand>(outcome).Values;
        Assert.Equal("vendor", values["for"]);
        Assert.Equal("waiting for Dell to ship a part", values["reason"]);
    }

    [Fact]
    public void Parse_ListWithScopeAndPriority_BindsBoth()
    {
        ParseOutcome outcome = _parser.Parse("incident list all priority:P1");

        IReadOnlyDictionary<string, string> values = Assert.IsType<ParsedCommand>(outcome).Values;
        Assert.Equal("all", values["scope"]);
        Assert.Equal("P1", values["priority"]);
    }

    [Fact]
    public void Parse_UnknownCommandWithSlash_SuggestsTheNearest()
    {
        ParseOutcome outcome = _parser.Parse("/incdent lst");

        UnknownCommand unknown = Assert.IsType<UnknownCommand>(outcome);
        Assert.Equal("incdent lst", unknown.Typed);
        Assert.Equal("incident list", unknown.Suggestion.Path);
    }

    [Theory]
    [InlineData("/incident lst", "incident list")]
    [InlineData("incident resolv INC-1001 fixed", "incident resolve")]
    [InlineData("/incident shwo INC-1001", "incident show")]
    public void Parse_UnknownSecondWord_IsUnknownCommandWithSuggestion(string text, string expectedPath)
    {
        ParseOutcome outcome = _parser.Parse(text);

        Assert.Equal(expectedPath, Assert.IsType<UnknownCommand>(outcome).Suggestion.Path);
    }

    [Theory]
    [InlineData("incdent list")]
    [InlineData("halp")]
    [InlineData("incidnt show INC-1001")]
    public void Parse_ShortMistypedFirstWord_IsUnknownCommand(string text)
    {
        ParseOutcome outcome = _parser.Parse(text);

        Assert.IsType<UnknownCommand>(outcome);
    }

    [Fact]
    public void Parse_MistypedIncidentList_SuggestsIncidentList()
    {
        ParseOutcome outcome = _parser.Parse("incdent list");

        UnknownCommand unknown = Assert.IsType<UnknownCommand>(outcome);
        Assert.Equal("incident list", unknown.Suggestion.Path);
        Assert.Equal("incdent list", unknown.Typed);
    }

    [Theory]
    [InlineData("Email is down for everyone in the office")]
    [InlineData("My laptop won't boot after the update")]
    [InlineData("printer broken")]
    [InlineData("Incidnt reports are piling up in the queue today")]
    [InlineData("service:email is down")]
    [InlineData("admin rights needed for the build server")]
    [InlineData("notify me when the VPN is back")]
    [InlineData("incident of yesterday is back again today")]
    public void Parse_OrdinarySentence_IsPlainText(string text)
    {
        ParseOutcome outcome = _parser.Parse(text);

        Assert.Equal(text, Assert.IsType<PlainText>(outcome).Text);
    }

    [Theory]
    [InlineData("/admin rights needed")]
    [InlineData("admin replai x")]
    [InlineData("incident")]
    public void Parse_CommandWordWithUnknownOrNearSubcommand_IsUnknownCommand(string text)
    {
        ParseOutcome outcome = _parser.Parse(text);

        Assert.IsType<UnknownCommand>(outcome);
    }

    [Fact]
    public void Parse_SentenceStartingWithGroupAndColon_IsPlainText()
    {
        ParseOutcome outcome = _parser.Parse("Incident: server down");

        Assert.IsType<PlainText>(outcome);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Empty_IsEmptyPlainText(string text)
    {
        ParseOutcome outcome = _parser.Parse(text);

        Assert.Equal("", Assert.IsType<PlainText>(outcome).Text);
    }

    [Fact]
    public void Parse_SlashAlone_IsUnknownCommandSuggestingHelp()
    {
        ParseOutcome outcome = _parser.Parse("/");

        Assert.Equal("help", Assert.IsType<UnknownCommand>(outcome).Suggestion.Path);
    }

    [Theory]
    [InlineData("/major escalate INC-1001")]
    [InlineData("/outage declare INC-1001")]
    public void Parse_CommandNotYetInTheCatalog_IsUnknownCommand(string text)
    {
        ParseOutcome outcome = _parser.Parse(text);

        Assert.IsType<UnknownCommand>(outcome);
    }

    [Fact]
    public void Parse_GroupAlone_IsUnknownCommand()
    {
        ParseOutcome outcome = _parser.Parse("incident");

        Assert.IsType<UnknownCommand>(outcome);
    }
}
