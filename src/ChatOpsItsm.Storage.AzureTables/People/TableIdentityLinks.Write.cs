using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Identity;

namespace ChatOpsItsm.Storage.AzureTables.People;

/// <summary>Linking and unlinking: each one conditional transaction in the <c>people</c> partition.</summary>
internal sealed partial class TableIdentityLinks
{
    public async Task<LinkOutcome> RedeemAsync(PendingLink code, UserIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        (LinkedIdentities person, TableEntity? primaryRow) = await PersonOfAsync(code.Requester, cancellationToken);
        LinkedIdentities joined = person with { Identities = [.. person.Identities, identity] };
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.Delete, new TableEntity(PeopleRows.Partition, PeopleRows.CodeKey(code.Code)), new ETag(code.Version)),
            new(TableTransactionActionType.Add, PeopleRows.Identity(identity, joined)),
        ];
        actions.AddRange(Rewrites(joined, primaryRow, except: identity));
        return await SubmitAsync(actions, cancellationToken) switch
        {
            null => LinkOutcome.Linked,
            0 => await AlreadyDoneAsync(identity, person.Primary, cancellationToken) ? LinkOutcome.Linked : LinkOutcome.CodeUsed,
            1 => LinkOutcome.AlreadyLinked,
            _ => LinkOutcome.Conflict,
        };
    }

    public async Task<UnlinkOutcome> UnlinkAsync(UserIdentity identity, CancellationToken cancellationToken)
    {
        TableEntity? row = await ReadAsync(PeopleRows.IdentityKey(identity), cancellationToken);
        if (row is null)
        {
            return UnlinkOutcome.NotLinked;
        }

        LinkedIdentities linked = PeopleRows.ReadIdentity(row);
        if (linked.Primary == identity)
        {
            return UnlinkOutcome.IsPrimary;
        }

        (LinkedIdentities person, TableEntity? primaryRow) = await PersonOfAsync(linked.Primary, cancellationToken);
        LinkedIdentities left = person with { Identities = [.. person.Identities.Where(i => i != identity)] };
        List<TableTransactionAction> actions = [new(TableTransactionActionType.Delete, row, row.ETag)];
        if (left.Identities.Count <= 1 && primaryRow is not null)
        {
            actions.Add(new(TableTransactionActionType.Delete, primaryRow, primaryRow.ETag));
        }
        else
        {
            actions.AddRange(Rewrites(left, primaryRow, except: identity));
        }

        return await SubmitAsync(actions, cancellationToken) is null ? UnlinkOutcome.Unlinked : UnlinkOutcome.Conflict;
    }

    /// <summary>The person an identity belongs to (a person of one when unlinked), and their primary identity's row, if any.</summary>
    private async Task<(LinkedIdentities Person, TableEntity? PrimaryRow)> PersonOfAsync(UserIdentity identity, CancellationToken cancellationToken)
    {
        TableEntity? row = await ReadAsync(PeopleRows.IdentityKey(identity), cancellationToken);
        UserIdentity primary = row is null ? identity : PeopleRows.ReadIdentity(row).Primary;
        TableEntity? primaryRow = row is null || primary == identity ? row : await ReadAsync(PeopleRows.IdentityKey(primary), cancellationToken);
        return primaryRow is null ? (new LinkedIdentities(primary, [primary]), null) : (PeopleRows.ReadIdentity(primaryRow), primaryRow);
    }

    /// <summary>
    /// The rows of every identity but <paramref name="except"/> rewritten with the new list: the primary's on its ETag (or
    /// inserted when it had none), so a concurrent change to the same person fails the transaction; the others replaced.
    /// </summary>
    private static IEnumerable<TableTransactionAction> Rewrites(LinkedIdentities person, TableEntity? primaryRow, UserIdentity except)
    {
        yield return primaryRow is null
            ? new(TableTransactionActionType.Add, PeopleRows.Identity(person.Primary, person))
            : new(TableTransactionActionType.UpdateReplace, PeopleRows.Identity(person.Primary, person), primaryRow.ETag);
        foreach (UserIdentity other in person.Identities.Where(i => i != person.Primary && i != except))
        {
            yield return new(TableTransactionActionType.UpdateReplace, PeopleRows.Identity(other, person), ETag.All);
        }
    }

    /// <summary>A retried transaction that had committed finds its code gone: the link it wanted is then already there.</summary>
    private async Task<bool> AlreadyDoneAsync(UserIdentity identity, UserIdentity primary, CancellationToken cancellationToken) =>
        await FindAsync(identity, cancellationToken) is { } linked && linked.Primary == primary;
}
