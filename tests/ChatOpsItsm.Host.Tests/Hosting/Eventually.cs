using System.Diagnostics;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>
/// Waits for something the background workers do, by polling: never longer than <see cref="Limit"/>, and no
/// longer than needed.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    /// <summary>Reads until <paramref name="done"/> holds and returns that reading; fails after <see cref="Limit"/>.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(done);
        Stopwatch watch = Stopwatch.StartNew();
        while (true)
        {
            T value = await read();
            if (done(value))
            {
                return value;
            }

            if (watch.Elapsed > Limit)
            {
                Assert.Fail($"Not within {Limit.TotalSeconds} s: {what}. Last seen: {value}");
            }

            await Task.Delay(Step, TestContext.Current.CancellationToken);
        }
    }
}
