using ChatOpsItsm.Storage.AzureTables.Delivery;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Delivery;

/// <summary>Bounded waits for work that crosses the real queue: poll until a condition holds, failing after 20 s.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs the pumps (all at once) until <paramref name="condition"/> holds; pauses while the queue is empty.</summary>
    public static Task PumpUntilAsync(Func<bool> condition, params QueueDeliveryPump[] pumps) =>
        PumpUntilAsync(() => Task.FromResult(condition()), pumps);

    public static async Task PumpUntilAsync(Func<Task<bool>> condition, params QueueDeliveryPump[] pumps)
    {
        await UntilAsync(
            async () =>
            {
                if (await condition())
                {
                    return true;
                }

                await Task.WhenAll(pumps.Select(pump => pump.RunOnceAsync(TestContext.Current.CancellationToken)));
                return await condition();
            });
    }

    /// <summary>Polls <paramref name="condition"/> until it holds.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition)
    {
        CancellationToken token = TestContext.Current.CancellationToken;
        DateTimeOffset deadline = TimeProvider.System.GetUtcNow() + Timeout;
        while (!await condition())
        {
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                Assert.Fail($"The condition did not hold within {Timeout.TotalSeconds} s.");
            }

            await Task.Delay(Pause, token);
        }
    }

    /// <summary>Runs the pumps for <paramref name="duration"/> more, to show that nothing else happens.</summary>
    public static async Task KeepPumpingAsync(TimeSpan duration, params QueueDeliveryPump[] pumps)
    {
        CancellationToken token = TestContext.Current.CancellationToken;
        DateTimeOffset end = TimeProvider.System.GetUtcNow() + duration;
        while (TimeProvider.System.GetUtcNow() < end)
        {
            await Task.WhenAll(pumps.Select(pump => pump.RunOnceAsync(token)));
            await Task.Delay(Pause, token);
        }
    }
}
