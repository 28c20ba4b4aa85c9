using Azure.Data.Tables;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Storage.AzureTables.Conversations;

/// <summary>
/// The conversation tables of one deployment (docs/storage.md §13), on the shared
/// <see cref="TableServiceClient"/>: <c>{TablePrefix}Conversations</c>, <c>{TablePrefix}Inbound</c> and
/// <c>{TablePrefix}LocalChat</c>.
/// </summary>
internal sealed class ConversationTables
{
    public ConversationTables(TableServiceClient service, IOptions<TableStorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        string prefix = options.Value.TablePrefix;
        Conversations = service.GetTableClient(prefix + "Conversations");
        Inbound = service.GetTableClient(prefix + "Inbound");
        LocalChat = service.GetTableClient(prefix + "LocalChat");
    }

    /// <summary>Conversation references (partition <c>ref</c>) and notification preferences (partition <c>pref</c>).</summary>
    public TableClient Conversations { get; }

    /// <summary>The inbound ledger: one partition per UTC day of first sight, <c>yyyyMMdd</c>.</summary>
    public TableClient Inbound { get; }

    /// <summary>The local web chat: one partition per conversation, plus the message-key index partitions.</summary>
    public TableClient LocalChat { get; }

    public IReadOnlyList<TableClient> All => [Conversations, Inbound, LocalChat];
}
