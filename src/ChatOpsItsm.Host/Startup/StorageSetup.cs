using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Conversations;

namespace ChatOpsItsm.Host.Startup;

/// <summary>Everything storage needs before the first request: the ticket tables and queue, then the conversation tables.</summary>
internal sealed class StorageSetup(StorageInitializer tickets, ConversationStorageInitializer conversations)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await tickets.InitializeAsync(cancellationToken);
        await conversations.InitializeAsync(cancellationToken);
    }
}
