using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Storage.AzureTables.Tickets;

/// <summary>
/// This instance's guess at the next free number of one ticket type. Only a hint: a taken number is found out by the
/// insert of the record failing, never by trusting this value. Thread-safe.
/// </summary>
internal sealed class TicketIdHint : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private long _next;

    public bool IsLoaded => Interlocked.Read(ref _next) >= TicketId.FirstNumber;

    /// <summary>Loads the hint once per instance; concurrent first callers wait for the one read.</summary>
    public async Task LoadOnceAsync(Func<CancellationToken, Task<long>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (IsLoaded)
        {
            return;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (!IsLoaded)
            {
                MoveTo(await read(cancellationToken));
            }
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>
    /// Hands out a number no other caller of this instance gets, or null when the hint was forgotten meanwhile
    /// (load it again).
    /// </summary>
    public long? Take()
    {
        long number = Interlocked.Increment(ref _next) - 1;
        return number >= TicketId.FirstNumber ? number : null;
    }

    /// <summary>
    /// Forgets the hint after a create failed for another reason than a taken number, so the number it took is
    /// offered again (from the stored high-water mark) instead of leaving a gap in the ids.
    /// </summary>
    public void Forget() => Interlocked.Exchange(ref _next, 0);

    /// <summary>Moves the hint up to <paramref name="next"/>; never down.</summary>
    public void MoveTo(long next)
    {
        long current = Interlocked.Read(ref _next);
        while (current < next)
        {
            long seen = Interlocked.CompareExchange(ref _next, next, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    public void Dispose() => _loading.Dispose();
}
