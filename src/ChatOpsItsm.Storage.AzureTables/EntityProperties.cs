using Azure.Data.Tables;
using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Storage.AzureTables;

/// <summary>
/// Reads and writes typed properties of a <see cref="TableEntity"/> for the hand-written mappers. A missing or
/// mistyped required property is corrupt data, reported with the row key only.
/// </summary>
internal static class EntityProperties
{
    public static string RequiredString(TableEntity entity, string name) =>
        entity.GetString(name) ?? throw Missing(entity, name);

    public static int RequiredInt32(TableEntity entity, string name) =>
        entity.GetInt32(name) ?? throw Missing(entity, name);

    public static long RequiredInt64(TableEntity entity, string name) =>
        entity.GetInt64(name) ?? throw Missing(entity, name);

    public static DateTimeOffset RequiredTime(TableEntity entity, string name) =>
        entity.GetDateTimeOffset(name) ?? throw Missing(entity, name);

    /// <summary>
    /// An identity as <see cref="UserIdentity.ToString"/> wrote it. Split at the first colon and rebuilt with the
    /// constructor, not <see cref="UserIdentity.Parse"/>: what was stored must read back, even an id Parse would refuse.
    /// </summary>
    public static UserIdentity RequiredIdentity(TableEntity entity, string name) =>
        OptionalIdentity(entity, name) ?? throw Missing(entity, name);

    public static UserIdentity? OptionalIdentity(TableEntity entity, string name)
    {
        string? text = entity.GetString(name);
        if (text is null)
        {
            return null;
        }

        return StoredIdentity(text) ?? throw Missing(entity, name);
    }

    /// <summary>An identity as <see cref="UserIdentity.ToString"/> wrote it (see <see cref="RequiredIdentity"/>), or null when it is not one.</summary>
    public static UserIdentity? StoredIdentity(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < text.Length - 1 ? new UserIdentity(text[..colon], text[(colon + 1)..]) : null;
    }

    public static TEnum RequiredEnum<TEnum>(TableEntity entity, string name)
        where TEnum : struct, Enum =>
        OptionalEnum<TEnum>(entity, name) ?? throw Missing(entity, name);

    public static TEnum? OptionalEnum<TEnum>(TableEntity entity, string name)
        where TEnum : struct, Enum
    {
        string? text = entity.GetString(name);
        if (text is null)
        {
            return null;
        }

        return Enum.TryParse(text, ignoreCase: false, out TEnum value) && Enum.IsDefined(value) ? value : throw Missing(entity, name);
    }

    /// <summary>Sets the property, or leaves it out when null (a table row has no null properties).</summary>
    public static void SetOptional(TableEntity entity, string name, object? value)
    {
        if (value is not null)
        {
            entity[name] = value;
        }
    }

    /// <summary>Instants are stored in UTC.</summary>
    public static DateTimeOffset Utc(DateTimeOffset value) => value.ToUniversalTime();

    public static DateTimeOffset? Utc(DateTimeOffset? value) => value?.ToUniversalTime();

    private static InvalidDataException Missing(TableEntity entity, string name) =>
        new($"Row '{entity.RowKey}' has no valid '{name}' property.");
}
