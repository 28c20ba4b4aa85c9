using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Identity;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Conversations;
using ChatOpsItsm.Storage.AzureTables.Resilience;

namespace ChatOpsItsm.Storage.AzureTables.People;

/// <summary>
/// <see cref="IIdentityLinks"/> on <c>{prefix}People</c> (docs/storage.md, "People"). A lookup is one point read of the
/// identity's row. A link is one entity-group transaction: the code row deleted on its ETag (so a code is used once, even
/// with instances racing), the new identity's row inserted (so it joins one person only), and the person's other rows
/// rewritten, the primary's on its ETag (so two changes to one person cannot interleave).
/// </summary>
internal sealed partial class TableIdentityLinks : IIdentityLinks
{
    private readonly TableClient _table;
    private readonly StorageResiliencePipeline _pipeline;

    public TableIdentityLinks(StorageTables tables, StorageResiliencePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.People;
        _pipeline = pipeline;
    }

    public async Task<LinkedIdentities?> FindAsync(UserIdentity identity, CancellationToken cancellationToken)
    {
        TableEntity? row = await ReadAsync(PeopleRows.IdentityKey(identity), cancellationToken);
        return row is null ? null : PeopleRows.ReadIdentity(row);
    }

    public async Task<bool> IssueCodeAsync(LinkCode code, UserIdentity requester, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        try
        {
            await _pipeline.ExecuteAsync(
                async token => await _table.AddEntityAsync(PeopleRows.Code(code, requester, expiresAt), token), cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return false;
        }
    }

    public async Task<PendingLink?> FindCodeAsync(LinkCode code, CancellationToken cancellationToken)
    {
        TableEntity? row = await ReadAsync(PeopleRows.CodeKey(code), cancellationToken);
        return row is null ? null : PeopleRows.ReadCode(code, row);
    }

    private async Task<TableEntity?> ReadAsync(string rowKey, CancellationToken cancellationToken) =>
        await TableReads.ReadRowAsync(_pipeline, _table, PeopleRows.Partition, rowKey, null, cancellationToken);

    /// <returns>Null when the transaction committed, else the index of the action that failed (-1 when unknown).</returns>
    private async Task<int?> SubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        try
        {
            await _pipeline.ExecuteAsync(async token => await _table.SubmitTransactionAsync(actions, token), cancellationToken);
            return null;
        }
        catch (TableTransactionFailedException exception) when (exception.Status is 404 or 409 or 412)
        {
            return exception.FailedTransactionActionIndex ?? -1;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 409 or 412)
        {
            return -1;
        }
    }
}
