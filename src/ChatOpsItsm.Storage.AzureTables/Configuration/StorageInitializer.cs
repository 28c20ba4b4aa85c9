using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Delivery;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables.Configuration;

/// <summary>Creates the tables and the work queue at start-up, so the first command does not find them missing.</summary>
public sealed class StorageInitializer
{
    /// <summary>What the operator reads when start-up cannot reach storage.</summary>
    public const string UnreachableMessage =
        "Azure Table Storage is not reachable, so the tables and the queue could not be created. "
        + "Locally, run `npm start` (it starts Azurite); otherwise set Storage:ConnectionString to your storage account.";

    private readonly StorageTables _tables;
    private readonly WorkQueue _queue;
    private readonly StorageResiliencePipeline _pipeline;
    private readonly ILogger _logger;

    internal StorageInitializer(StorageTables tables, WorkQueue queue, StorageResiliencePipeline pipeline, ILogger<StorageInitializer> logger)
    {
        _tables = tables;
        _queue = queue;
        _pipeline = pipeline;
        _logger = logger;
    }

    /// <summary>Creates the tables and the queue if they do not exist yet. Safe to call from every instance at once.</summary>
    /// <exception cref="StorageUnavailableException">Storage could not be reached; the message says what to do.</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _pipeline.ExecuteAsync(
                async token => await _tables.Tickets.CreateIfNotExistsAsync(token), cancellationToken);
            await _pipeline.ExecuteAsync(
                async token => await _tables.Dialogs.CreateIfNotExistsAsync(token), cancellationToken);
            await _pipeline.ExecuteAsync(
                async token => await _tables.Deliveries.CreateIfNotExistsAsync(token), cancellationToken);
            await _pipeline.ExecuteAsync(
                async token => await _tables.People.CreateIfNotExistsAsync(token), cancellationToken);
            await _queue.CreateIfNotExistsAsync(cancellationToken);
        }
        catch (StorageUnavailableException exception)
        {
            throw new StorageUnavailableException(UnreachableMessage, exception);
        }

        _logger.TablesReady(_tables.Tickets.Name, _tables.Dialogs.Name, _tables.Deliveries.Name, _queue.Name);
    }
}
