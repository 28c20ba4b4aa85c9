using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Timers;
using ChatOpsItsm.TestSupport.Builders;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests.Timers;

public sealed class TimerHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData(TimerKind.AutoClose)]
    [InlineData(TimerKind.ResponseBreach)]
    [InlineData(TimerKind.MajorCadence)]
    public async Task HandleAsync_TimerOnAnotherTicketType_IsSkippedWithoutARead(TimerKind kind)
    {
        TimerWork timer = new($"CHG-1001:timer:{kind}:1", BuilderDefaults.Instant, kind, TicketId.Parse("CHG-1001"));

        DeliveryResult result = await _harness.DeliverAsync(timer);

        Assert.Equal(DeliveryResult.Skipped($"{kind} timers are for incidents; CHG-1001 is not one."), result);
        await _harness.Incidents.DidNotReceiveWithAnyArgs().GetAsync(default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_UnknownKind_IsSkipped()
    {
        TimerWork timer = new("INC-1001:timer:99:1", BuilderDefaults.Instant, (TimerKind)99, BuilderDefaults.IncidentId);

        DeliveryResult result = await _harness.DeliverAsync(timer);

        Assert.Equal(DeliveryResult.Skipped("Unknown timer kind 99."), result);
    }
}
