using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Delivery;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables.Tickets;

/// <summary>
/// What every ticket store does the same way on its type's partition (docs/storage.md §2, §3.1): create under an
/// allocated id, read the record (with or without its history), save on the version read, list an index page. The rows,
/// transactions and ids are <see cref="TicketRecords"/> and <see cref="TicketIds"/>; a concrete store maps its ticket
/// type onto them through the abstract members and exposes its engine port as one-line calls. Reads and writes are in
/// the partial files beside this one.
/// </summary>
/// <typeparam name="TTicket">The domain ticket the store keeps.</typeparam>
internal abstract partial class TicketStore<TTicket> : IDisposable
    where TTicket : class
{
    private readonly TicketRecords _records;
    private readonly TicketIds _ids;

    // The logger is typed by the concrete store, so its rows' and ids' log lines keep that store's category.
    protected TicketStore(StorageTables tables, TicketType type, StorageResiliencePipeline pipeline, Outbox outbox, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _records = new TicketRecords(tables.Tickets, type, pipeline, outbox, logger);
        _ids = new TicketIds(_records, logger);
    }

    /// <summary>The partition of the store's ticket type, for the rows <see cref="WriteOf"/> builds.</summary>
    protected string Partition => _records.Partition;

    public void Dispose() => _ids.Dispose();
}
