using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.TestSupport.Builders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using static ChatOpsItsm.Engine.Tests.MajorIncidents.MajorTestParts;

namespace ChatOpsItsm.Engine.Tests.MajorIncidents;

/// <summary>
/// INC-1003 was just reported on printing at 09:00. A burst is 3 incidents within 10 minutes (the defaults); the
/// on-call routes are local:oncall and a Teams channel.
/// </summary>
public sealed class BurstDetectorTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly IIncidentStore _store = Substitute.For<IIncidentStore>();
    private readonly IBurstOffers _offers = Substitute.For<IBurstOffers>();
    private readonly IWorkScheduler _scheduler = Substitute.For<IWorkScheduler>();
    private readonly FakeLogger<BurstDetector> _logger = new();
    private readonly Incident _reported = IncidentBuilder.AnIncident().WithId(Id(1003)).WithEventsStored().Build();

    public BurstDetectorTests()
    {
        _offers.TryClaimAsync(default!, default, default, TestContext.Current.CancellationToken).ReturnsForAnyArgs(true);
    }

    [Fact]
    public async Task CheckAsync_BelowTheThreshold_OffersNothing()
    {
        Listing(Summary(1003, 0), Summary(1002, 2));

        await CheckAsync();

        await _offers.DidNotReceiveWithAnyArgs().TryClaimAsync(default!, default, default, TestContext.Current.CancellationToken);
        await _scheduler.DidNotReceiveWithAnyArgs().ScheduleAsync(default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task CheckAsync_AtTheThreshold_ReadsOneServicePageAndClaimsTheOfferForTheWindow()
    {
        Listing(Summary(1003, 0), Summary(1002, 2), Summary(1001, 5));

        await CheckAsync();

        await _store.Received(1).ListAsync(
            Arg.Is<IncidentQuery>(q => q.Kind == IncidentListKind.OnService && q.PageSize == 6 && q.Service == "printing"), Arg.Any<CancellationToken>());
        await _offers.Received(1).TryClaimAsync("printing", Instant, Window, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task CheckAsync_AtTheThresholdAndClaimed_OffersEveryOnCallRouteTheOldestAsTheMajor()
    {
        Listing(Summary(1003, 0), Summary(1002, 2), Summary(1001, 5));

        await CheckAsync();

        List<NotificationWork> offers = Scheduled();
        Assert.Equal(["burst:printing:INC-1003:local:oncall", "burst:printing:INC-1003:teams:19:oncall@thread.tacv2"], offers.Select(o => o.WorkId));
        Assert.Equal(
            [DeliveryTarget.ToConversation(EngineHarness.OnCallLocal), DeliveryTarget.ToConversation(EngineHarness.OnCallTeams)],
            offers.Select(o => o.Target));
        Assert.All(offers, offer =>
        {
            Assert.True(offer.Essential);
            Assert.Equal(Instant, offer.NotBefore);
            SameReply(Cards().BurstOffer("printing", [Id(1001), Id(1002), Id(1003)], Window), offer.Message);
        });
    }

    [Fact]
    public async Task CheckAsync_AtTheThresholdButAnotherInstanceClaimedIt_OffersNothing()
    {
        _offers.TryClaimAsync(default!, default, default, TestContext.Current.CancellationToken).ReturnsForAnyArgs(false);
        Listing(Summary(1003, 0), Summary(1002, 2), Summary(1001, 5));

        await CheckAsync();

        await _scheduler.DidNotReceiveWithAnyArgs().ScheduleAsync(default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task CheckAsync_IncidentsReportedBeforeTheWindow_DoNotCount()
    {
        Listing(Summary(1003, 0), Summary(1002, 2), Summary(1001, 11));

        await CheckAsync();

        await _offers.DidNotReceiveWithAnyArgs().TryClaimAsync(default!, default, default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task CheckAsync_AnIncidentReportedExactlyAtTheWindowsStart_Counts()
    {
        Listing(Summary(1003, 0), Summary(1002, 2), Summary(1001, 10));

        await CheckAsync();

        Assert.Equal(2, Scheduled().Count);
    }

    [Fact]
    public async Task CheckAsync_MajorLinkedAndCanceledIncidents_DoNotCount()
    {
        Listing(
            Summary(1003, 0),
            Summary(1002, 1),
            Summary(1001, 2) with { IsMajor = true },
            Summary(1004, 3) with { PartOf = Id(1001) },
            Summary(1005, 4) with { State = IncidentState.Canceled });

        await CheckAsync();

        await _offers.DidNotReceiveWithAnyArgs().TryClaimAsync(default!, default, default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task CheckAsync_TheNewIncidentNotListedYet_StillCountsAsTheNewest()
    {
        Listing(Summary(1002, 2), Summary(1001, 5));

        await CheckAsync();

        Assert.All(Scheduled(), o => Assert.StartsWith("burst:printing:INC-1003:", o.WorkId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckAsync_ListingFails_LogsAWarningAndReturns()
    {
        _store.ListAsync(default!, TestContext.Current.CancellationToken).ReturnsForAnyArgs(Task.FromException<IncidentPage>(new StorageUnavailableException("down")));

        await CheckAsync();

        FakeLogRecord warning = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal("The burst check after INC-1003 on printing failed; the report stands", warning.Message);
        Assert.IsType<StorageUnavailableException>(warning.Exception);
        await _scheduler.DidNotReceiveWithAnyArgs().ScheduleAsync(default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task CheckAsync_ClaimFails_LogsAWarningAndReturns()
    {
        Listing(Summary(1003, 0), Summary(1002, 2), Summary(1001, 5));
        _offers.TryClaimAsync(default!, default, default, TestContext.Current.CancellationToken).ThrowsAsyncForAnyArgs(new StorageUnavailableException("down"));

        await CheckAsync();

        Assert.Equal(LogLevel.Warning, Assert.Single(_logger.Collector.GetSnapshot()).Level);
    }

    [Fact]
    public async Task CheckAsync_DeclaredMajorInTheSameWrite_ChecksNothing()
    {
        Incident declared = IncidentBuilder.AnIncident().WithId(Id(1003)).DeclaredMajor(Cadence).InState(IncidentState.InProgress).Build();

        await Detector().CheckAsync(declared, Instant, TestContext.Current.CancellationToken);

        await _store.DidNotReceiveWithAnyArgs().ListAsync(default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task CheckAsync_TurnedOff_ChecksNothing()
    {
        ItsmOptions options = Options(new MajorOptions { BurstCount = 0 });

        await Detector(options).CheckAsync(_reported, Instant, TestContext.Current.CancellationToken);

        await _store.DidNotReceiveWithAnyArgs().ListAsync(default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task CheckAsync_NoOnCallRoute_ChecksNothing()
    {
        ItsmOptions options = Options();
        options.Routes.OnCall.Clear();

        await Detector(options).CheckAsync(_reported, Instant, TestContext.Current.CancellationToken);

        await _store.DidNotReceiveWithAnyArgs().ListAsync(default!, TestContext.Current.CancellationToken);
        await _offers.DidNotReceiveWithAnyArgs().TryClaimAsync(default!, default, default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task IncidentReport_ThirdOnAServiceWithinTheWindow_IsReportedAndOffered()
    {
        using EngineHarness harness = new();
        harness.Incidents.ListAsync(Arg.Is<IncidentQuery>(q => q.Kind == IncidentListKind.OnService), Arg.Any<CancellationToken>())
            .Returns(new IncidentPage([Summary(1005, 3), Summary(1006, 1)], null));
        harness.BurstOffers.TryClaimAsync("printing", Instant, Window, Arg.Any<CancellationToken>()).Returns(true);

        Reply reply = await harness.ReplyToAsync(Chat.Alice.Says("incident report Printer jam service:printing"));

        Assert.StartsWith("Reported **INC-1001**", reply.Text, StringComparison.Ordinal);
        await harness.Scheduler.Received(2).ScheduleAsync(
            Arg.Is<OutboundWork>(w => w.WorkId.StartsWith("burst:printing:INC-1001:", StringComparison.Ordinal)), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task IncidentReport_BurstCheckFails_StillReportsIt()
    {
        using EngineHarness harness = new();
        harness.Incidents.ListAsync(Arg.Is<IncidentQuery>(q => q.Kind == IncidentListKind.OnService), Arg.Any<CancellationToken>())
            .Returns(Task.FromException<IncidentPage>(new StorageUnavailableException("down")));

        Reply reply = await harness.ReplyToAsync(Chat.Alice.Says("incident report Printer jam service:printing"));

        Assert.StartsWith("Reported **INC-1001**", reply.Text, StringComparison.Ordinal);
        Assert.Single(harness.Created);
        Assert.Equal(LogLevel.Warning, Assert.Single(harness.BurstLogger.Collector.GetSnapshot()).Level);
    }

    private static TicketId Id(long number) => new(TicketType.Incident, number);

    private static IncidentSummary Summary(long number, double minutesAgo) =>
        new(Id(number), "Printer jam", "printing", Priority.P3, IncidentState.New, BuilderDefaults.Requester, "Alice", null, null, Instant)
        {
            ReportedAt = Instant - TimeSpan.FromMinutes(minutesAgo),
        };

    private BurstDetector Detector(ItsmOptions? options = null)
    {
        ItsmOptions chosen = options ?? Options();
        return new BurstDetector(_store, _offers, _scheduler, Cards(chosen), Microsoft.Extensions.Options.Options.Create(chosen), _logger);
    }

    private Task CheckAsync() => Detector().CheckAsync(_reported, Instant, TestContext.Current.CancellationToken);

    private void Listing(params IncidentSummary[] items) =>
        _store.ListAsync(default!, TestContext.Current.CancellationToken).ReturnsForAnyArgs(new IncidentPage(items, null));

    private List<NotificationWork> Scheduled() =>
        [.. _scheduler.ReceivedCalls().Select(c => c.GetArguments()[0]).OfType<NotificationWork>()];
}
