using Azure.Data.Tables;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Keys;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables.Tickets;

/// <summary>
/// Allocates the ids of one ticket type, unique across every instance (docs/storage.md §3.1): the number comes from a
/// per-instance hint, and the insert of the record, which fails when the number is taken, is what decides. After a run
/// of taken numbers the hint jumps to where numbering really stands. Thread-safe; one per store.
/// </summary>
internal sealed class TicketIds : IDisposable
{
    /// <summary>How many taken numbers one create steps over before it gives up.</summary>
    private const int MaxCreateAttempts = 1000;

    /// <summary>After this many taken numbers in a row, look up where numbering really stands.</summary>
    private const int ConflictsBeforeJump = 3;

    /// <summary>Pages of record keys read when looking past a run of taken numbers.</summary>
    private const int MaxJumpPages = 10;

    private const string SequenceNext = "Next";

    private readonly TicketRecords _records;
    private readonly ILogger _logger;
    private readonly TicketIdHint _hint = new();

    public TicketIds(TicketRecords records, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(records);
        _records = records;
        _logger = logger;
    }

    /// <summary>The id high-water mark row <c>seq</c> of a partition, for a create's transaction.</summary>
    public static TableEntity SequenceRow(string partition, long next) => new(partition, TicketKeys.SequenceRowKey) { [SequenceNext] = next };

    /// <summary>
    /// Takes the hinted number and calls <paramref name="tryCreate"/> with it until it stores a ticket; a null answer
    /// means the number was taken, and the next one is tried. Any failure forgets the hint, so the number is offered again.
    /// </summary>
    /// <exception cref="StorageUnavailableException">No free number was found in <see cref="MaxCreateAttempts"/> tries.</exception>
    public async Task<T> CreateAsync<T>(Func<TicketId, CancellationToken, Task<T?>> tryCreate, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(tryCreate);
        int conflictsInARow = 0;
        for (int attempt = 0; attempt < MaxCreateAttempts; attempt++)
        {
            TicketId id = new(_records.Type, await TakeNumberAsync(cancellationToken));
            if (await TryCreateAsync(id, tryCreate, cancellationToken) is { } created)
            {
                return created;
            }

            _logger.TicketNumberTaken(_records.Partition, id.Number);
            conflictsInARow++;
            if (conflictsInARow % ConflictsBeforeJump == 0)
            {
                await JumpAheadAsync(id.Number, conflictsInARow, cancellationToken);
            }
        }

        throw new StorageUnavailableException(
            $"No free {_records.Type.ToString().ToLowerInvariant()} number was found: too many are being created at once. Try again.");
    }

    public void Dispose() => _hint.Dispose();

    private async Task<T?> TryCreateAsync<T>(TicketId id, Func<TicketId, CancellationToken, Task<T?>> tryCreate, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await tryCreate(id, cancellationToken);
        }
        catch
        {
            // The number was taken from the hint but not stored: let the next create offer it again.
            _hint.Forget();
            throw;
        }
    }

    private async Task<long> TakeNumberAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await _hint.LoadOnceAsync(ReadSequenceAsync, cancellationToken);
            if (_hint.Take() is { } number)
            {
                return number;
            }
        }
    }

    /// <summary>The stored high-water mark, or the first number when none is stored yet.</summary>
    private async Task<long> ReadSequenceAsync(CancellationToken cancellationToken)
    {
        TableEntity? sequence = await _records.ReadRowAsync(TicketKeys.SequenceRowKey, [SequenceNext], cancellationToken);
        return Math.Max(sequence?.GetInt64(SequenceNext) ?? TicketId.FirstNumber, TicketId.FirstNumber);
    }

    /// <summary>
    /// Moves the hint past a run of taken numbers: to the stored high-water mark if that is ahead, else past the
    /// highest record above <paramref name="taken"/>. The mark can lag, since a create that commits late writes a
    /// lower mark than one that committed before it.
    /// </summary>
    private async Task JumpAheadAsync(long taken, int conflicts, CancellationToken cancellationToken)
    {
        long next = await ReadSequenceAsync(cancellationToken);
        if (next <= taken + 1)
        {
            next = await _records.HighestRecordNumberAsync(taken, MaxJumpPages, cancellationToken) + 1;
        }

        _hint.MoveTo(next);
        _logger.TicketNumberJumped(_records.Partition, next, conflicts);
    }
}
