using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Replies;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.MajorIncidents;

/// <summary><c>major show</c> (the board) and <c>major review</c> (the Markdown review): anyone may read them.</summary>
public sealed class ShowMajorHandlerTests : IDisposable
{
    private static readonly TicketId Inc1002 = new(TicketType.Incident, 1002);
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Show_Major_AnswersWithTheBoardAndWritesNothing()
    {
        _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("major show INC-1001"));

        Assert.NotNull(reply.Card);
        Assert.Contains("INC-1001", reply.Card.Title, StringComparison.Ordinal);
        Assert.Contains(reply.Card.Buttons, b => b.ActionId == "major.join");
        await _harness.AssertNothingWrittenAsync();
    }

    [Theory]
    [InlineData("major show INC-1009", "I can't find INC-1009.")]
    [InlineData("major show INC-1002", "INC-1002 is not a major incident; `incident show INC-1002` shows it.")]
    [InlineData("major show REQ-1001", "REQ-1001 is not an incident; a major incident has an incident id such as INC-1001.")]
    [InlineData("major review INC-1009", "I can't find INC-1009.")]
    [InlineData("major review INC-1002", "INC-1002 is not a major incident, so it has no post-incident review.")]
    [InlineData("major review", "Which ticket? Usage: `major review <id>`")]
    public async Task ShowAndReview_NothingToShow_AreClearAnswers(string typed, string expected)
    {
        _harness.Holds(AnIncident().WithId(Inc1002).WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(typed));

        Assert.Equal(expected, reply.Text);
        Assert.Null(reply.Card);
    }

    [Fact]
    public async Task Review_Major_IsTheMarkdownWithWhereToDownloadIt()
    {
        _harness.HoldsMajor(IncidentState.Resolved);

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("major review INC-1001"));

        Assert.Contains("INC-1001", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("\n\nDownload it as Markdown: `GET /api/tickets/INC-1001/review`", reply.Text, StringComparison.Ordinal);
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Review_WithAPublicAddress_GivesTheFullDownloadAddress()
    {
        ItsmOptions options = EngineHarness.DefaultOptions();
        using EngineHarness harness = new(new ItsmOptions
        {
            Admins = options.Admins,
            Roles = options.Roles,
            Services = options.Services,
            Routes = options.Routes,
            PublicBaseUrl = "https://itsm.example/",
        });
        harness.HoldsMajor(IncidentState.Resolved);

        Reply reply = await harness.ReplyToAsync(Chat.Alice.Says("major review INC-1001"));

        Assert.EndsWith("`GET https://itsm.example/api/tickets/INC-1001/review`", reply.Text, StringComparison.Ordinal);
    }
}
