using System.Text;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Suggestions;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests.Suggestions;

/// <summary>Suggestions while a parameter is typed: one page per list, compared in memory, never parsed into a query.</summary>
public sealed class SuggesterTests
{
    private readonly IIncidentStore _incidents = Substitute.For<IIncidentStore>();
    private readonly Suggester _suggester;

    public SuggesterTests()
    {
        _incidents.ListAsync(Arg.Any<IncidentQuery>(), Arg.Any<CancellationToken>()).Returns(new IncidentPage([], null));
        _suggester = new Suggester(_incidents, Options.Create(EngineHarness.DefaultOptions()));
    }

    private static UserIdentity Person => Chat.Bob.Identity;

    [Fact]
    public async Task SuggestAsync_TicketsWithoutText_AssignedThenReportedThenOpen()
    {
        Lists(assigned: [Summary(1005, "Assigned")], requested: [Summary(1003, "Reported")], open: [Summary(1001, "Open one"), Summary(1002, "Open two")]);

        IReadOnlyList<Suggestion> suggestions = await SuggestAsync(SuggestionSource.Tickets, null);

        Assert.Equal(["INC-1005", "INC-1003", "INC-1001", "INC-1002"], suggestions.Select(s => s.Value));
    }

    [Fact]
    public async Task SuggestAsync_Tickets_ReadsOnePageOfEachListAndTheOwnOnesForThePerson()
    {
        CancellationToken token = TestContext.Current.CancellationToken;

        await _suggester.SuggestAsync(SuggestionSource.Tickets, "mail", Person, 10, token);

        await _incidents.Received(1).ListAsync(Arg.Is<IncidentQuery>(q => q.Kind == IncidentListKind.AssignedTo && q.Person == Person), token);
        await _incidents.Received(1).ListAsync(Arg.Is<IncidentQuery>(q => q.Kind == IncidentListKind.RequestedBy && q.Person == Person), token);
        await _incidents.Received(1).ListAsync(Arg.Is<IncidentQuery>(q => q.Kind == IncidentListKind.Open && q.Person == null), token);
        Assert.Equal(3, _incidents.ReceivedCalls().Count());
        Assert.All(_incidents.ReceivedCalls().Select(Query), q => Assert.Equal((50, null), (q.PageSize, q.ContinuationToken)));
    }

    [Fact]
    public async Task SuggestAsync_TicketInSeveralLists_IsSuggestedOnceInItsFirstPlace()
    {
        IncidentSummary both = Summary(1003, "Both");
        Lists(assigned: [both], requested: [Summary(1004, "Mine"), both, Summary(1004, "Mine")], open: [Summary(1001, "Open"), both]);

        IReadOnlyList<Suggestion> suggestions = await SuggestAsync(SuggestionSource.Tickets, "");

        Assert.Equal(["INC-1003", "INC-1004", "INC-1001"], suggestions.Select(s => s.Value));
    }

    [Fact]
    public async Task SuggestAsync_TicketText_IdPrefixMatchesComeBeforeTitleMatches()
    {
        Lists(assigned: [Summary(1007, "Same as INC-1002")], open: [Summary(1001, "Printer"), Summary(1002, "Mail"), Summary(1020, "VPN")]);

        IReadOnlyList<Suggestion> suggestions = await SuggestAsync(SuggestionSource.Tickets, " inc-1002 ");

        Assert.Equal(["INC-1002", "INC-1007"], suggestions.Select(s => s.Value));
    }

    [Theory]
    [InlineData("PRINTER", new[] { "INC-1001", "INC-1003" })]
    [InlineData("on fire", new[] { "INC-1001" })]
    [InlineData("INC-10", new[] { "INC-1001", "INC-1002", "INC-1003" })]
    [InlineData("1001", new string[0])]
    [InlineData("NC-1001", new string[0])]
    public async Task SuggestAsync_TicketText_MatchesIdsByPrefixAndTitlesByContainsInAnyCase(string typed, string[] expected)
    {
        Lists(open: [Summary(1001, "Printer on fire"), Summary(1002, "Mail is down"), Summary(1003, "Printer jams")]);

        IReadOnlyList<Suggestion> suggestions = await SuggestAsync(SuggestionSource.Tickets, typed);

        Assert.Equal(expected, suggestions.Select(s => s.Value));
    }

    [Theory]
    [InlineData(int.MinValue, 1)]
    [InlineData(-3, 1)]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(7, 7)]
    [InlineData(25, 25)]
    [InlineData(26, 25)]
    [InlineData(int.MaxValue, 25)]
    public async Task SuggestAsync_AnyLimit_IsClampedToOneToTwentyFive(int limit, int expected)
    {
        Lists(open: [.. Enumerable.Range(1001, 40).Select(n => Summary(n, $"Incident {n}"))]);

        IReadOnlyList<Suggestion> suggestions = await _suggester.SuggestAsync(
            SuggestionSource.Tickets, "", Person, limit, TestContext.Current.CancellationToken);

        Assert.Equal(expected, suggestions.Count);
        Assert.Equal("INC-1001", suggestions[0].Value);
    }

    [Fact]
    public async Task SuggestAsync_Ticket_LabelNamesIdPriorityAndTitle()
    {
        Lists(open: [Summary(1001, "Printer on fire", Priority.P2)]);

        Suggestion suggestion = Assert.Single(await SuggestAsync(SuggestionSource.Tickets, "inc"));

        Assert.Equal(new Suggestion("INC-1001 · P2 · Printer on fire", "INC-1001"), suggestion);
    }

    [Theory]
    [InlineData(84, 100, false)]
    [InlineData(85, 100, true)]
    [InlineData(300, 100, true)]
    public async Task SuggestAsync_LongTitle_LabelIsAtMost100CharactersAndCutWithAnEllipsis(int titleLength, int expectedLength, bool cut)
    {
        Lists(open: [Summary(1001, new string('x', titleLength))]);

        Suggestion suggestion = Assert.Single(await SuggestAsync(SuggestionSource.Tickets, ""));

        Assert.Equal(expectedLength, suggestion.Label.Length);
        Assert.Equal(cut, suggestion.Label.EndsWith('…'));
        Assert.StartsWith("INC-1001 · P3 · xxx", suggestion.Label, StringComparison.Ordinal);
        Assert.Equal("INC-1001", suggestion.Value);
    }

    [Fact]
    public async Task SuggestAsync_EmojiWhereTheLabelIsCut_IsNotSplitInHalf()
    {
        // Issue 5 regression. "INC-1001 · P3 · " is 16 characters: the emoji's halves land on label indexes 98 and 99.
        Lists(open: [Summary(1001, new string('x', 82) + "🔥🔥 and more")]);

        Suggestion suggestion = Assert.Single(await SuggestAsync(SuggestionSource.Tickets, ""));

        Assert.InRange(suggestion.Label.Length, 1, 100);
        Assert.DoesNotContain(Rune.ReplacementChar, suggestion.Label.EnumerateRunes());
        Assert.EndsWith("…", suggestion.Label, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("' or 1 eq 1")]
    [InlineData("INC-1001' or PartitionKey ne '")]
    [InlineData("*")]
    [InlineData(".*")]
    [InlineData("%")]
    [InlineData("{0}")]
    [InlineData("\0")]
    public async Task SuggestAsync_HostileText_IsOnlyComparedAndMatchesNothing(string typed)
    {
        Lists(assigned: [Summary(1005, "Printer")], open: [Summary(1001, "Mail is down"), Summary(1002, "VPN")]);

        IReadOnlyList<Suggestion> tickets = await SuggestAsync(SuggestionSource.Tickets, typed);
        IReadOnlyList<Suggestion> services = await SuggestAsync(SuggestionSource.Services, typed);

        Assert.Empty(tickets);
        Assert.Empty(services);
        Assert.Equal(3, _incidents.ReceivedCalls().Count());
    }

    [Fact]
    public async Task SuggestAsync_HostileTextInATitle_MatchesThatTitleLiterally()
    {
        Lists(open: [Summary(1001, "Mail is down"), Summary(1002, "Form says ' or 1 eq 1 when I submit")]);

        IReadOnlyList<Suggestion> suggestions = await SuggestAsync(SuggestionSource.Tickets, "' or 1 eq 1");

        Assert.Equal(["INC-1002"], suggestions.Select(s => s.Value));
    }

    [Theory]
    [InlineData(null, new[] { "email", "printing", "vpn" })]
    [InlineData("   ", new[] { "email", "printing", "vpn" })]
    [InlineData("rint", new[] { "printing" })]
    [InlineData("VPN", new[] { "vpn" })]
    [InlineData("outl", new[] { "email" })]
    [InlineData("Print", new[] { "printing" })]
    [InlineData("tun", new[] { "vpn" })]
    [InlineData("look", new string[0])]
    [InlineData("emails", new string[0])]
    public async Task SuggestAsync_Services_MatchNameContainsOrKeywordPrefixInAnyCase(string? typed, string[] expected)
    {
        IReadOnlyList<Suggestion> suggestions = await SuggestAsync(SuggestionSource.Services, typed);

        Assert.Equal(expected, suggestions.Select(s => s.Value));
        Assert.All(suggestions, s => Assert.Equal(s.Value, s.Label));
        Assert.Empty(_incidents.ReceivedCalls());
    }

    [Fact]
    public async Task SuggestAsync_ServicesWithALimit_TakesTheFirstInConfiguredOrder()
    {
        IReadOnlyList<Suggestion> suggestions = await _suggester.SuggestAsync(
            SuggestionSource.Services, "", Person, 2, TestContext.Current.CancellationToken);

        Assert.Equal(["email", "printing"], suggestions.Select(s => s.Value));
    }

    [Theory]
    [InlineData(SuggestionSource.None)]
    [InlineData((SuggestionSource)42)]
    public async Task SuggestAsync_NoSource_IsEmptyAndReadsNothing(SuggestionSource source)
    {
        Lists(open: [Summary(1001, "Mail is down")]);

        IReadOnlyList<Suggestion> suggestions = await SuggestAsync(source, "mail");

        Assert.Empty(suggestions);
        Assert.Empty(_incidents.ReceivedCalls());
    }

    private Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestionSource source, string? typed) =>
        _suggester.SuggestAsync(source, typed, Person, Suggester.MaxSuggestions, TestContext.Current.CancellationToken);

    private void Lists(IncidentSummary[]? assigned = null, IncidentSummary[]? requested = null, IncidentSummary[]? open = null)
    {
        _incidents.ListAsync(Arg.Is<IncidentQuery>(q => q.Kind == IncidentListKind.AssignedTo), Arg.Any<CancellationToken>())
            .Returns(new IncidentPage(assigned ?? [], null));
        _incidents.ListAsync(Arg.Is<IncidentQuery>(q => q.Kind == IncidentListKind.RequestedBy), Arg.Any<CancellationToken>())
            .Returns(new IncidentPage(requested ?? [], null));
        _incidents.ListAsync(Arg.Is<IncidentQuery>(q => q.Kind == IncidentListKind.Open), Arg.Any<CancellationToken>())
            .Returns(new IncidentPage(open ?? [], "next-page"));
    }

    private static IncidentQuery Query(NSubstitute.Core.ICall call) => (IncidentQuery)call.GetArguments()[0]!;

    private static IncidentSummary Summary(long number, string title, Priority priority = Priority.P3) =>
        new(new TicketId(TicketType.Incident, number), title, "email", priority, IncidentState.New,
            Chat.Alice.Identity, "Alice", null, null, DateTimeOffset.UnixEpoch);
}
