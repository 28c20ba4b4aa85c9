using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.MajorIncidents;

/// <summary><c>major show</c> (the board) and <c>major review</c> (the Markdown review): anyone may read them.</summary>
public sealed class ShowMajorHandlerTests : IDisposable
{
    private static readonly TicketId Inc1002 = new(TicketType.Incident, 1002);
    private static readonly ConversationAddress WarRoom = new("local", "inc-1001-war-room");
    private const string Download = "Download it as Markdown: `GET /api/tickets/INC-1001/review`";
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

    [Fact]
    public async Task Review_FromAnotherConversation_PostsTheReviewInTheWarRoomOnceAndSaysSo()
    {
        HoldsMajorWithWarRoom();

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("major review INC-1001"));

        NotificationWork work = Assert.IsType<NotificationWork>(Assert.Single(Scheduled()));
        Assert.Equal("INC-1001:review:5", work.WorkId);
        Assert.Equal(DeliveryTarget.ToConversation(WarRoom), work.Target);
        Assert.Null(work.MessageKey);
        Assert.True(work.Essential);
        Assert.Null(work.Message.Card);
        Assert.StartsWith("# Post-incident review: INC-1001", work.Message.Text, StringComparison.Ordinal);
        Assert.Equal($"{work.Message.Text}\n\n{Download}\n\nPosted in the war room too.", reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Review_AskedTwiceWithoutAChange_QueuesTheSameWorkIdBothTimes()
    {
        HoldsMajorWithWarRoom();

        await _harness.ReplyToAsync(Chat.Alice.Says("major review INC-1001"));
        await _harness.ReplyToAsync(Chat.Bob.Says("major review INC-1001"));

        Assert.Equal(["INC-1001:review:5", "INC-1001:review:5"], Scheduled().Select(w => w.WorkId));
    }

    [Fact]
    public async Task Review_AskedAgainAfterAChange_QueuesTheNewVersion()
    {
        Incident incident = HoldsMajorWithWarRoom();
        await _harness.ReplyToAsync(Chat.Alice.Says("major review INC-1001"));

        incident.AddNote("The fuser was replaced.", AnActionContext().Build());
        incident.MarkEventsStored();
        await _harness.ReplyToAsync(Chat.Alice.Says("major review INC-1001"));

        Assert.Equal(["INC-1001:review:5", "INC-1001:review:6"], Scheduled().Select(w => w.WorkId));
    }

    [Fact]
    public async Task Review_FromTheWarRoom_AnswersThereAndPostsNothingElse()
    {
        HoldsMajorWithWarRoom();

        Reply reply = await _harness.ReplyToAsync(new InboundMessage(Chat.EventId, Chat.Alice, WarRoom, "major review INC-1001"));

        Assert.EndsWith($"\n\n{Download}", reply.Text, StringComparison.Ordinal);
        Assert.Empty(Scheduled());
    }

    [Fact]
    public async Task Review_WarRoomNotOpenYet_PostsNothingAndSaysNothingAboutIt()
    {
        _harness.HoldsMajor(IncidentState.Resolved);

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("major review INC-1001"));

        Assert.EndsWith($"\n\n{Download}", reply.Text, StringComparison.Ordinal);
        Assert.Empty(Scheduled());
    }

    [Fact]
    public async Task Review_SchedulingUnavailable_StillShowsTheReviewAndSaysItWasNotPosted()
    {
        HoldsMajorWithWarRoom();
        _harness.Scheduler.ScheduleAsync(Arg.Any<OutboundWork>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new StorageUnavailableException("down"));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("major review INC-1001"));

        Assert.StartsWith("# Post-incident review: INC-1001", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith(
            $"\n\n{Download}\n\nI couldn't post it in the war room right now; ask again in a minute to post it there.",
            reply.Text, StringComparison.Ordinal);
        FakeLogRecord record = Assert.Single(_harness.ShowMajorLogger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, record.Level);
        Assert.Equal("Could not queue the review of INC-1001 for its war room local:inc-1001-war-room; the asker got it", record.Message);
        Assert.IsType<StorageUnavailableException>(record.Exception);
    }

    private Incident HoldsMajorWithWarRoom()
    {
        Incident incident = _harness.HoldsMajor(IncidentState.Resolved);
        incident.RecordWarRoom(WarRoom.ToString(), AnActionContext().Build());
        incident.MarkEventsStored();
        return incident;
    }

    private List<OutboundWork> Scheduled() =>
        [.. _harness.Scheduler.ReceivedCalls()
            .Where(call => call.GetMethodInfo().Name == nameof(IWorkScheduler.ScheduleAsync))
            .Select(call => (OutboundWork)call.GetArguments()[0]!)];
}
