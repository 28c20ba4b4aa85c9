using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Storage.AzureTables.Configuration;

/// <summary>The tables of one deployment, named <c>{TablePrefix}Tickets</c> and <c>{TablePrefix}Dialogs</c>.</summary>
internal sealed class StorageTables
{
    public StorageTables(TableServiceClient service, IOptions<TableStorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        string prefix = options.Value.TablePrefix;
        Tickets = service.GetTableClient(prefix + "Tickets");
        Dialogs = service.GetTableClient(prefix + "Dialogs");
    }

    /// <summary>Records, audit events, listing indexes and id high-water marks, one partition per ticket type.</summary>
    public TableClient Tickets { get; }

    /// <summary>Dialog state, one partition per conversation.</summary>
    public TableClient Dialogs { get; }
}
