using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace ChatOpsItsm.Engine.Tests.Conversation;

/// <summary>Every inbound event is recorded by its channel id before anything else, and its sender's whereabouts remembered.</summary>
public sealed partial class ConversationEngineTests
{
    private const string Report = "incident report Mail down service:email";

    [Fact]
    public async Task HandleAsync_SameEventTwice_SecondIsAlreadyHandledAndChangesNothing()
    {
        _harness.InboundLedger.TryRecordAsync("local:event-1", Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(true, false);
        await _harness.HandleAsync(Chat.Alice.Says(Report));

        EngineResponse second = await _harness.HandleAsync(Chat.Alice.Says(Report));

        Assert.True(second.Duplicate);
        Assert.Empty(second.Replies);
        Assert.Same(EngineResponse.AlreadyHandled, second);
        await _harness.Incidents.Received(1).CreateAsync(
            Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_DuplicateEvent_TouchesNoOtherPort()
    {
        _harness.InboundLedger.TryRecordAsync(Arg.Any<string>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(false);

        await _harness.HandleAsync(Chat.Bob.Says("incident resolve INC-1001 Fixed"));

        Assert.Empty(_harness.Incidents.ReceivedCalls());
        Assert.Empty(_harness.Dialogs.ReceivedCalls());
    }

    [Fact]
    public async Task HandleAsync_DuplicateEvent_LogsItWithoutTheText()
    {
        _harness.InboundLedger.TryRecordAsync(Arg.Any<string>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(false);

        await _harness.HandleAsync(Chat.Bob.Says(SecretNote));

        FakeLogRecord record = Assert.Single(_harness.Logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Information, record.Level);
        Assert.Equal(4, record.Id.Id);
        Assert.Equal("Ignored InboundMessage event-1 from local: already handled", record.Message);
    }

    [Fact]
    public async Task HandleAsync_NewEvent_RecordsItsPlatformAndIdAtTheClockReading()
    {
        _harness.Time.Advance(TimeSpan.FromMinutes(7));
        InboundCardAction click = new("1187331154541367336", Chat.Alice, new ConversationAddress("discord", "998877"), "help", new Dictionary<string, string>());

        await _harness.HandleAsync(click);

        await _harness.InboundLedger.Received(1).TryRecordAsync("discord:1187331154541367336", _harness.Time.GetUtcNow(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_AnyEvent_RemembersWhereTheSenderWasSeenWithTheChannelData()
    {
        Dictionary<string, string> channelData = new() { ["serviceUrl"] = "https://smba.trafficmanager.net/emea/", ["tenant"] = "contoso" };
        ConversationAddress teamsChat = new("teams", "a:1xyz");
        InboundMessage message = new("activity-1", Chat.Alice, teamsChat, "help") { ChannelData = channelData };

        await _harness.HandleAsync(message);

        await _harness.References.Received(1).RememberAsync(
            Arg.Is<ConversationReference>(r => r.Conversation == teamsChat && r.User == Chat.Alice.Identity
                && r.ChannelData == channelData && r.SeenAt == _harness.Time.GetUtcNow()),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_DuplicateEvent_StillRemembersTheSender()
    {
        _harness.InboundLedger.TryRecordAsync(Arg.Any<string>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(false);

        await _harness.HandleAsync(Chat.Alice.Says("help"));

        await _harness.References.ReceivedWithAnyArgs(1).RememberAsync(default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_LedgerUnavailable_SaysItCannotReachTheStoreAndChangesNothing()
    {
        _harness.InboundLedger.TryRecordAsync(Arg.Any<string>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new StorageUnavailableException("timeout"));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(Report));

        Assert.Equal(StorageUnavailableReply, reply.Text);
        Assert.Empty(_harness.Incidents.ReceivedCalls());
    }

    [Fact]
    public async Task HandleAsync_NewEvent_IsNotMarkedDuplicate()
    {
        EngineResponse response = await _harness.HandleAsync(Chat.Alice.Says("help"));

        Assert.False(response.Duplicate);
        Assert.Single(response.Replies);
    }
}
