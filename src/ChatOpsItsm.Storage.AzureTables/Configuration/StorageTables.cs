using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Storage.AzureTables.Configuration;

/// <summary>The tables of one deployment, named <c>{TablePrefix}Tickets</c>, <c>{TablePrefix}Dialogs</c> and <c>{TablePrefix}Deliveries</c>.</summary>
internal sealed class StorageTables
{
    public StorageTables(TableServiceClient service, IOptions<TableStorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        string prefix = options.Value.TablePrefix;
        Tickets = service.GetTableClient(prefix + "Tickets");
        Dialogs = service.GetTableClient(prefix + "Dialogs");
        Deliveries = service.GetTableClient(prefix + "Deliveries");
        People = service.GetTableClient(prefix + "People");
    }

    /// <summary>Records, audit events, listing indexes, id high-water marks and outbox rows, one partition per ticket type.</summary>
    public TableClient Tickets { get; }

    /// <summary>Dialog state, one partition per conversation.</summary>
    public TableClient Dialogs { get; }

    /// <summary>Work that kept failing (partition <c>failed</c>) and the ledger of work carried out (<c>done-xx</c>).</summary>
    public TableClient Deliveries { get; }

    /// <summary>Linked identities and one-time link codes, all in partition <c>people</c> (docs/storage.md, "People").</summary>
    public TableClient People { get; }
}
