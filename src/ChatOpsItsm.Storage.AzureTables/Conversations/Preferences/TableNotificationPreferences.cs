using Azure.Data.Tables;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.Preferences;

/// <summary>
/// <see cref="INotificationPreferences"/> on the Conversations table: partition <c>pref</c>, row = the escaped
/// identity, property WantsNonEssential. No row means the default: everything is wanted.
/// </summary>
internal sealed class TableNotificationPreferences : INotificationPreferences
{
    private const string Partition = "pref";
    private const string WantsNonEssential = "WantsNonEssential";
    private static readonly string[] Select = [WantsNonEssential];

    private readonly TableClient _table;
    private readonly StorageResiliencePipeline _pipeline;

    public TableNotificationPreferences(ConversationTables tables, StorageResiliencePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.Conversations;
        _pipeline = pipeline;
    }

    public async Task<bool> WantsNonEssentialAsync(UserIdentity person, CancellationToken cancellationToken)
    {
        TableEntity? row = await TableReads.ReadRowAsync(_pipeline, _table, Partition, RowKey(person), Select, cancellationToken);
        return row?.GetBoolean(WantsNonEssential) ?? true;
    }

    /// <remarks>A blind upsert: the setting does not depend on the one stored, so the last writer wins.</remarks>
    public async Task SetWantsNonEssentialAsync(UserIdentity person, bool wants, CancellationToken cancellationToken)
    {
        TableEntity entity = new(Partition, RowKey(person)) { [WantsNonEssential] = wants };
        await _pipeline.ExecuteAsync(
            async token => await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, token), cancellationToken);
    }

    private static string RowKey(UserIdentity person) => KeyEscaper.KeyPart(person.ToString());
}
