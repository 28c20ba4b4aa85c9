using Azure.Data.Tables;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables.Conversations;

/// <summary>Creates the conversation tables at start-up, so the first message does not find them missing.</summary>
public sealed class ConversationStorageInitializer
{
    /// <summary>What the operator reads when start-up cannot reach storage.</summary>
    public const string UnreachableMessage =
        "Azure Table Storage is not reachable, so the conversation tables could not be created. "
        + "Locally, run `npm start` (it starts Azurite); otherwise set Storage:ConnectionString to your storage account.";

    private readonly ConversationTables _tables;
    private readonly StorageResiliencePipeline _pipeline;
    private readonly ILogger _logger;

    internal ConversationStorageInitializer(
        ConversationTables tables, StorageResiliencePipeline pipeline, ILogger<ConversationStorageInitializer> logger)
    {
        _tables = tables;
        _pipeline = pipeline;
        _logger = logger;
    }

    /// <summary>Creates the Conversations, Inbound and LocalChat tables if they do not exist yet. Safe to call from every instance at once.</summary>
    /// <exception cref="StorageUnavailableException">Storage could not be reached; the message says what to do.</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(_tables.All.Select(table => CreateAsync(table, cancellationToken)));
        }
        catch (StorageUnavailableException exception)
        {
            throw new StorageUnavailableException(UnreachableMessage, exception);
        }

        _logger.ConversationTablesReady(_tables.Conversations.Name, _tables.Inbound.Name, _tables.LocalChat.Name);
    }

    private async Task CreateAsync(TableClient table, CancellationToken cancellationToken) =>
        await _pipeline.ExecuteAsync(async token => await table.CreateIfNotExistsAsync(token), cancellationToken);
}
