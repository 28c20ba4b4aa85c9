using Azure.Data.Tables;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Storage.AzureTables.Resilience;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.References;

/// <summary>
/// <see cref="IConversationReferences"/> on the Conversations table. Remembering is one request: the person row and
/// the conversation row share the partition <c>ref</c> and are upserted in one transaction. Upserts replace
/// blindly: a reference is not read, changed and written back, so the last writer wins and nothing is lost.
/// </summary>
internal sealed class TableConversationReferences : IConversationReferences
{
    private readonly TableClient _table;
    private readonly StorageResiliencePipeline _pipeline;

    public TableConversationReferences(ConversationTables tables, StorageResiliencePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.Conversations;
        _pipeline = pipeline;
    }

    public async Task RememberAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        TableEntity conversation = ConversationReferenceMapper.ToEntity(
            ConversationReferenceMapper.ConversationRow(reference.Conversation), reference);
        if (reference.User is not { } user)
        {
            await _pipeline.ExecuteAsync(
                async token => await _table.UpsertEntityAsync(conversation, TableUpdateMode.Replace, token), cancellationToken);
            return;
        }

        TableEntity person = ConversationReferenceMapper.ToEntity(ConversationReferenceMapper.PersonRow(user), reference);
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.UpsertReplace, conversation),
            new(TableTransactionActionType.UpsertReplace, person),
        ];
        await _pipeline.ExecuteAsync(async token => await _table.SubmitTransactionAsync(actions, token), cancellationToken);
    }

    public async Task<ConversationReference?> FindPersonAsync(UserIdentity person, CancellationToken cancellationToken) =>
        await FindAsync(ConversationReferenceMapper.PersonRow(person), cancellationToken);

    public async Task<ConversationReference?> FindConversationAsync(ConversationAddress conversation, CancellationToken cancellationToken) =>
        await FindAsync(ConversationReferenceMapper.ConversationRow(conversation), cancellationToken);

    private async Task<ConversationReference?> FindAsync(string rowKey, CancellationToken cancellationToken)
    {
        TableEntity? row = await TableReads.ReadRowAsync(
            _pipeline, _table, ConversationReferenceMapper.Partition, rowKey, select: null, cancellationToken);
        return row is null ? null : ConversationReferenceMapper.ToReference(row);
    }
}
