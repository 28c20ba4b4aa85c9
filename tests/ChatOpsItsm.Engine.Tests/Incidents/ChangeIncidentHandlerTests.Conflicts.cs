using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.TestSupport.Builders;
using NSubstitute;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.Incidents;

/// <summary>An ETag conflict is re-read and re-applied to the fresh copy, never blindly retried (STYLE §3).</summary>
public sealed partial class ChangeIncidentHandlerTests
{
    private static readonly RecordVersion Stale = new("etag-stale");
    private static readonly RecordVersion Fresh = new("etag-fresh");

    [Fact]
    public async Task HandleAsync_ConflictOnce_RereadsAndAppliesTheChangeOnceToTheFreshCopy()
    {
        Incident first = AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build();
        Incident fresh = AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build();
        _harness.Incidents.GetAsync(BuilderId, Arg.Any<CancellationToken>())
            .Returns(new StoredIncident(first, Stale), new StoredIncident(fresh, Fresh));
        _harness.Incidents.SaveAsync(Arg.Any<Incident>(), Stale, Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>()).Returns(SaveOutcome.Conflict);

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incident note INC-1001 Checked the logs"));

        Assert.Equal("Note added to **INC-1001**.", reply.Text);
        await _harness.Incidents.Received(2).GetAsync(BuilderId, Arg.Any<CancellationToken>());
        await _harness.Incidents.Received(1).SaveAsync(fresh, Fresh, Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
        AuditEvent note = Assert.Single(fresh.PendingEvents);
        Assert.Equal("Checked the logs", note.Text);
    }

    [Fact]
    public async Task HandleAsync_FreshCopyNoLongerAllowsTheChange_RefusesWithoutSavingAgain()
    {
        Incident first = AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build();
        Incident resolvedMeanwhile = AnIncident().InState(IncidentState.Resolved).WithEventsStored().Build();
        _harness.Incidents.GetAsync(BuilderId, Arg.Any<CancellationToken>())
            .Returns(new StoredIncident(first, Stale), new StoredIncident(resolvedMeanwhile, Fresh));
        _harness.Incidents.SaveAsync(Arg.Any<Incident>(), Stale, Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>()).Returns(SaveOutcome.Conflict);

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incident resolve INC-1001 Replaced the fuser"));

        Assert.Equal("INC-1001 is Resolved, so it can't be resolved.", reply.Text);
        await _harness.Incidents.Received(1).SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
        Assert.Empty(resolvedMeanwhile.PendingEvents);
    }

    [Fact]
    public async Task HandleAsync_ConflictEveryTime_GivesUpAfterFiveAttemptsWithAClearReply()
    {
        _harness.Incidents.GetAsync(BuilderId, Arg.Any<CancellationToken>())
            .Returns(_ => new StoredIncident(AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build(), Stale));
        _harness.Incidents.SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>())
            .Returns(SaveOutcome.Conflict);

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incident note INC-1001 Checked the logs"));

        Assert.Equal("INC-1001 is being changed by others right now; nothing was changed. Try again in a moment.", reply.Text);
        await _harness.Incidents.Received(5).GetAsync(BuilderId, Arg.Any<CancellationToken>());
        await _harness.Incidents.Received(5).SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
        Assert.DoesNotContain(_harness.Logger.Collector.GetSnapshot(), r => r.Exception is not null);
    }

    private static TicketId BuilderId => BuilderDefaults.IncidentId;
}
