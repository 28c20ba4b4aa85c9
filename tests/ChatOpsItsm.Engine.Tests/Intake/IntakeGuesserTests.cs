using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Intake;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Tests.Intake;

public sealed class IntakeGuesserTests
{
    private readonly IntakeGuesser _guesser = new(Options.Create(EngineHarness.DefaultOptions()));

    [Fact]
    public void Guess_EmailDownForEveryone_IsEmailHighHigh()
    {
        IncidentDraft draft = _guesser.Guess("Email is down for everyone in the office");

        Assert.Equal(new IncidentDraft("Email is down for everyone in the office", "email", Impact.High, Urgency.High, null), draft);
    }

    [Fact]
    public void Guess_SeveralSentences_TakesTheFirstAsTitleAndKeepsAllAsDescription()
    {
        IncidentDraft draft = _guesser.Guess("The printer on floor 3 jams. It started after the toner change! Can someone look?");

        Assert.Equal("The printer on floor 3 jams", draft.Title);
        Assert.Equal("The printer on floor 3 jams. It started after the toner change! Can someone look?", draft.Description);
    }

    [Fact]
    public void Guess_SeveralLines_TakesTheFirstLineAsTitle()
    {
        IncidentDraft draft = _guesser.Guess("VPN drops every hour\r\nSince Monday, on the office wifi");

        Assert.Equal("VPN drops every hour", draft.Title);
        Assert.Equal("VPN drops every hour\nSince Monday, on the office wifi", draft.Description);
    }

    [Theory]
    [InlineData("Cannot reach https://intranet.example.com since 9")]
    [InlineData("Teams client 2.1 crashes on start")]
    public void Guess_DotInsideAWord_DoesNotEndTheTitle(string text)
    {
        IncidentDraft draft = _guesser.Guess(text);

        Assert.Equal(text, draft.Title);
    }

    [Fact]
    public void Guess_VeryShortFirstSentence_KeepsTheWholeLine()
    {
        IncidentDraft draft = _guesser.Guess("Hi. The tunnel is flaky today");

        Assert.Equal("Hi. The tunnel is flaky today", draft.Title);
        Assert.Null(draft.Description);
    }

    [Fact]
    public void Guess_VeryLongSentence_CutsTheTitleTo200CharactersWithAnEllipsis()
    {
        string text = "The " + string.Join(' ', Enumerable.Repeat("shared drive", 40)) + " is slow";

        IncidentDraft draft = _guesser.Guess(text);

        Assert.Equal(IncidentLimits.TitleMaxLength, draft.Title!.Length);
        Assert.EndsWith("…", draft.Title, StringComparison.Ordinal);
        Assert.StartsWith("The shared drive shared drive", draft.Title, StringComparison.Ordinal);
        Assert.Equal(text, draft.Description);
    }

    [Theory]
    [InlineData("Outlook keeps asking for my password", "email")]
    [InlineData("Can't send MAIL to customers", "email")]
    [InlineData("The printer prints blank pages", "printing")]
    [InlineData("VPN tunnel drops", "vpn")]
    [InlineData("vpn: slow", "vpn")]
    public void Guess_ServiceNameOrKeyword_GuessesTheService(string text, string expected)
    {
        IncidentDraft draft = _guesser.Guess(text);

        Assert.Equal(expected, draft.Service);
    }

    [Theory]
    [InlineData("Hotmail rejects our newsletter")]
    [InlineData("The printers' queue page is blank")]
    [InlineData("Install vpnclient on my laptop")]
    [InlineData("The coffee machine leaks")]
    public void Guess_KeywordOnlyInsideAnotherWord_GuessesNoService(string text)
    {
        IncidentDraft draft = _guesser.Guess(text);

        Assert.Null(draft.Service);
    }

    [Theory]
    [InlineData("The wiki is down", Urgency.High)]
    [InlineData("I cannot log in", Urgency.High)]
    [InlineData("Payroll app is not working", Urgency.High)]
    [InlineData("A minor typo on the wiki home page", Urgency.Low)]
    [InlineData("Question about the wiki, no rush", Urgency.Low)]
    [InlineData("The wiki is slow", Urgency.Medium)]
    public void Guess_UrgencyWords_SetTheUrgency(string text, Urgency expected)
    {
        IncidentDraft draft = _guesser.Guess(text);

        Assert.Equal(expected, draft.Urgency);
    }

    [Theory]
    [InlineData("Nobody can open the wiki", Impact.High)]
    [InlineData("The whole company lost the wiki", Impact.High)]
    [InlineData("My wiki page is slow", Impact.Low)]
    [InlineData("The intranet page is slow", Impact.Medium)]
    public void Guess_ImpactWords_SetTheImpact(string text, Impact expected)
    {
        IncidentDraft draft = _guesser.Guess(text);

        Assert.Equal(expected, draft.Impact);
    }

    [Theory]
    [InlineData("The wiki page is slow")]
    [InlineData("The home page is slow")]
    [InlineData("Download of the sales report is slow")]
    [InlineData("A significant delay on the intranet")]
    public void Guess_LevelWordOnlyInsideAnotherWord_LeavesUrgencyAndImpactMedium(string text)
    {
        IncidentDraft draft = _guesser.Guess(text);

        Assert.Equal((Impact.Medium, Urgency.Medium), (draft.Impact, draft.Urgency));
    }

    [Fact]
    public void Guess_ControlCharacters_AreDropped()
    {
        IncidentDraft draft = _guesser.Guess("Wiki\u0007 is slow\u0000");

        Assert.Equal("Wiki is slow", draft.Title);
    }
}
