using Azure.Data.Tables;

namespace ChatOpsItsm.Storage.AzureTables.Resilience;

/// <summary>
/// Makes retried writes safe. Each write stamps the row it conditions on with a fresh <c>WriteId</c>; when a
/// retry is refused (409 exists, 412 changed), the stored row carrying our id proves the earlier attempt landed,
/// so the write is reported as done instead of failing or being applied twice.
/// </summary>
internal static class WriteIds
{
    public const string PropertyName = "WriteId";

    /// <summary>Whether <paramref name="stored"/> was written by the write that used <paramref name="writeId"/>.</summary>
    public static bool IsOurs(TableEntity? stored, Guid writeId) =>
        stored is not null
        && stored.TryGetValue(PropertyName, out object? value)
        && (value is Guid id ? id : value is string text && Guid.TryParse(text, out Guid parsed) ? parsed : Guid.Empty) == writeId;
}
