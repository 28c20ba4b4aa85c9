using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.Conversation;

public sealed partial class ConversationEngineTests : IDisposable
{
    private const string SecretNote = "incident note INC-1001 the admin password is hunter2";
    private const string StorageUnavailableReply =
        "I can't reach the ticket store right now, so nothing was changed. Please try again in a minute.";

    private const string ApologyReply = "Sorry, something went wrong on my side. Nothing was changed; please try again.";
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HandleAsync_StoreUnavailable_SaysItCannotReachTheTicketStore()
    {
        _harness.Incidents.GetAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new StorageUnavailableException("Connection refused (127.0.0.1:10002)"));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says(SecretNote));

        Assert.Equal(StorageUnavailableReply, reply.Text);
        Assert.Null(reply.Card);
    }

    [Fact]
    public async Task HandleAsync_StoreUnavailableWhileCreating_SaysItCannotReachTheTicketStore()
    {
        _harness.Incidents.CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new StorageUnavailableException("timeout"));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("incident report Mail down service:email"));

        Assert.Equal(StorageUnavailableReply, reply.Text);
    }

    [Fact]
    public async Task HandleAsync_StoreUnavailable_LogsAWarningWithoutTheMessageText()
    {
        _harness.Incidents.GetAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new StorageUnavailableException("Connection refused"));

        await _harness.HandleAsync(Chat.Bob.Says(SecretNote));

        FakeLogRecord record = Assert.Single(_harness.Logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, record.Level);
        Assert.Equal(2, record.Id.Id);
        Assert.Equal("Storage unavailable while handling InboundMessage event-1", record.Message);
        Assert.IsType<StorageUnavailableException>(record.Exception);
    }

    [Fact]
    public async Task HandleAsync_UnexpectedException_ApologisesWithoutTheExceptionText()
    {
        _harness.Incidents.ListAsync(Arg.Any<IncidentQuery>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new InvalidOperationException("AccountKey=c2VjcmV0 at TableClient.QueryAsync"));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incident list"));

        Assert.Equal(ApologyReply, reply.Text);
        Assert.DoesNotContain("AccountKey", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("TableClient", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Card);
    }

    [Fact]
    public async Task HandleAsync_UnexpectedException_LogsAnErrorWithoutMessageTextOrSecrets()
    {
        InvalidOperationException failure = new("AccountKey=c2VjcmV0 rejected");
        _harness.Incidents.GetAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>()).ThrowsAsync(failure);

        await _harness.HandleAsync(Chat.Bob.Says(SecretNote));

        FakeLogRecord record = Assert.Single(_harness.Logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Error, record.Level);
        Assert.Equal(3, record.Id.Id);
        Assert.Equal("Unexpected failure while handling InboundMessage event-1", record.Message);
        Assert.Same(failure, record.Exception);
        Assert.DoesNotContain("hunter2", record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", record.Message, StringComparison.Ordinal);
        Assert.All(record.StructuredState!, pair => Assert.DoesNotContain("hunter2", pair.Value ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_HandledEvent_LogsIdsAndTheCommandButNotTheText()
    {
        _harness.Holds(AnIncident().InState(IncidentState.InProgress).Build());

        await _harness.HandleAsync(Chat.Bob.Says(SecretNote));

        FakeLogRecord record = Assert.Single(_harness.Logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Debug, record.Level);
        Assert.Equal("Handled InboundMessage event-1 from local: incident.note", record.Message);
        Assert.All(record.StructuredState!, pair => Assert.DoesNotContain("hunter2", pair.Value ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_PlainTextIntake_LogsTheIntakeButNotTheText()
    {
        await _harness.HandleAsync(Chat.Alice.Says("My password hunter2 stopped working in Outlook"));

        FakeLogRecord record = Assert.Single(_harness.Logger.Collector.GetSnapshot());
        Assert.Equal("Handled InboundMessage event-1 from local: intake", record.Message);
    }

    [Fact]
    public async Task HandleAsync_Cancelled_LetsTheCancellationThrough()
    {
        _harness.Incidents.GetAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new OperationCanceledException());

        await Assert.ThrowsAsync<OperationCanceledException>(() => _harness.HandleAsync(Chat.Bob.Says("incident close INC-1001")));

        Assert.Empty(_harness.Logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task HandleAsync_Always_StampsChangesWithTheClockReadOnce()
    {
        Incident incident = _harness.Holds(AnIncident().InState(IncidentState.InProgress)
            .WithEventsStored().Build());
        _harness.Time.Advance(TimeSpan.FromMinutes(42));

        await _harness.HandleAsync(Chat.Bob.Says("incident resolve INC-1001 Fixed"));

        Assert.Equal(_harness.Time.GetUtcNow(), incident.ResolvedAt);
        Assert.Equal(_harness.Time.GetUtcNow(), Assert.Single(incident.PendingEvents).At);
    }

    [Fact]
    public async Task HandleAsync_Null_Throws()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _harness.HandleAsync(null!));
    }
}
