using System.Collections.Concurrent;
using ChatOpsItsm.Engine.Delivery;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Delivery;

/// <summary>
/// The engine's handler as a recording fake: counts calls per work id, keeps when each call came, and answers with
/// <see cref="Behaviour"/> or <see cref="AsyncBehaviour"/> (Done unless a test says otherwise; either may throw).
/// </summary>
internal sealed class RecordingDeliveryHandler : IDeliveryHandler
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(OutboundWork Work, DateTimeOffset At)> _handled = new();
    private Func<OutboundWork, Task<DeliveryResult>> _behaviour = _ => Task.FromResult(DeliveryResult.Done());

    public Func<OutboundWork, DeliveryResult> Behaviour
    {
        set => AsyncBehaviour = work => Task.FromResult(value(work));
    }

    public Func<OutboundWork, Task<DeliveryResult>> AsyncBehaviour
    {
        get => Volatile.Read(ref _behaviour);
        set => Volatile.Write(ref _behaviour, value);
    }

    public int TotalCalls => _calls.Values.Sum();

    public IReadOnlyList<(OutboundWork Work, DateTimeOffset At)> Handled => [.. _handled];

    public int CallsFor(string workId) => _calls.GetValueOrDefault(workId);

    public Task<DeliveryResult> HandleAsync(OutboundWork work, CancellationToken cancellationToken)
    {
        _calls.AddOrUpdate(work.WorkId, 1, (_, count) => count + 1);
        _handled.Enqueue((work, TimeProvider.System.GetUtcNow()));
        try
        {
            return AsyncBehaviour(work);
        }
        catch (Exception exception)
        {
            return Task.FromException<DeliveryResult>(exception);
        }
    }
}
