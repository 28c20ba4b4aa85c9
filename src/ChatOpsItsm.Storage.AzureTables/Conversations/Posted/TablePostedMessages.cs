using Azure.Data.Tables;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.Posted;

/// <summary>
/// <see cref="IPostedMessages"/> on the Conversations table: one partition per message key, one row per
/// conversation holding a copy. Recording is a blind upsert (the channel posted or updated that copy just now, so the
/// last writer wins); finding is one range query inside the key's partition.
/// </summary>
internal sealed class TablePostedMessages : IPostedMessages
{
    private readonly TableClient _table;
    private readonly StorageResiliencePipeline _pipeline;

    public TablePostedMessages(ConversationTables tables, StorageResiliencePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.Conversations;
        _pipeline = pipeline;
    }

    public async Task RecordAsync(PostedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        TableEntity entity = PostedMessageMapper.ToEntity(message);
        await _pipeline.ExecuteAsync(
            async token => await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, token), cancellationToken);
    }

    public async Task<IReadOnlyList<PostedMessage>> FindAsync(string messageKey, string platform, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageKey);
        ArgumentNullException.ThrowIfNull(platform);
        string partition = PostedMessageMapper.Partition(messageKey);
        KeyRange rows = PostedMessageMapper.PlatformRows(platform);
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {rows.From} and RowKey lt {rows.To}");
        List<PostedMessage> messages = [];
        string? continuation = null;
        do
        {
            (IReadOnlyList<TableEntity> page, continuation) = await TableReads.ReadPageAsync(
                _pipeline, _table, filter, TableReads.MaxPageSize, select: null, continuation, cancellationToken);
            messages.AddRange(page.Select(PostedMessageMapper.ToMessage));
        }
        while (continuation is not null);

        return messages;
    }
}
