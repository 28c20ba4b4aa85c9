using Azure.Data.Tables;

namespace ChatOpsItsm.Storage.AzureTables.Tickets;

/// <summary>
/// The <c>IndexKeys</c> property of a record row: the index rows written with this version of the record, one per
/// line, so that a later save deletes exactly the rows that exist, even after a change of the key scheme.
/// </summary>
internal static class RecordIndexKeys
{
    public const string PropertyName = "IndexKeys";

    public static void Write(TableEntity entity, IReadOnlyList<string> indexKeys)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(indexKeys);
        entity[PropertyName] = string.Join('\n', indexKeys);
    }

    public static IReadOnlyList<string> Read(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        string? keys = entity.GetString(PropertyName);
        return string.IsNullOrEmpty(keys) ? [] : keys.Split('\n');
    }

    /// <summary>The version of a record row as read: its ETag and its index rows.</summary>
    public static TicketVersionToken VersionOf(TableEntity record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new TicketVersionToken(record.ETag, Read(record));
    }
}
