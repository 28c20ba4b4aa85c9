using Azure.Data.Tables;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Identity;
using ChatOpsItsm.Storage.AzureTables.Keys;

namespace ChatOpsItsm.Storage.AzureTables.People;

/// <summary>
/// The rows of <c>{prefix}People</c> (docs/storage.md, "People"), all in partition <c>people</c> so a link commits in one
/// transaction: <c>id|&lt;escaped identity&gt;</c> for every identity of a linked person (properties <c>Primary</c> and
/// <c>Identities</c>, one per line, primary first), and <c>code|&lt;code&gt;</c> for an unused link code
/// (<c>Requester</c>, <c>ExpiresAt</c>).
/// </summary>
internal static class PeopleRows
{
    public const string Partition = "people";
    public const string Primary = "Primary";
    public const string Identities = "Identities";
    public const string Requester = "Requester";
    public const string ExpiresAt = "ExpiresAt";

    public static string IdentityKey(UserIdentity identity) => "id|" + KeyEscaper.KeyPart(identity.ToString());

    public static string CodeKey(LinkCode code) => "code|" + code;

    public static TableEntity Identity(UserIdentity identity, LinkedIdentities person) =>
        new(Partition, IdentityKey(identity))
        {
            [Primary] = person.Primary.ToString(),
            [Identities] = string.Join('\n', person.Identities),
        };

    public static LinkedIdentities ReadIdentity(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        UserIdentity primary = UserIdentity.Parse(row.GetString(Primary));
        UserIdentity[] identities = (row.GetString(Identities) ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(UserIdentity.Parse)
            .ToArray();
        return new LinkedIdentities(primary, [primary, .. identities.Where(i => i != primary)]);
    }

    public static TableEntity Code(LinkCode code, UserIdentity requester, DateTimeOffset expiresAt) =>
        new(Partition, CodeKey(code))
        {
            [Requester] = requester.ToString(),
            [ExpiresAt] = expiresAt.UtcDateTime,
        };

    public static PendingLink ReadCode(LinkCode code, TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        DateTimeOffset expiresAt = row.GetDateTimeOffset(ExpiresAt) ?? throw new FormatException($"Link code row {row.RowKey} has no {ExpiresAt}.");
        return new PendingLink(code, UserIdentity.Parse(row.GetString(Requester)), expiresAt.ToUniversalTime(), row.ETag.ToString());
    }
}
