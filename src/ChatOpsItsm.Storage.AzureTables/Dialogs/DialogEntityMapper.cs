using System.Text.Json;
using Azure.Data.Tables;
using ChatOpsItsm.Engine.Dialogs;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Dialogs;

/// <summary>
/// A dialog row ↔ <see cref="DialogState"/>: partition = the escaped conversation (<c>platform:conversationId</c>),
/// row = the escaped user identity; properties Kind, DialogId, Values (JSON) and ExpiresAt (UTC).
/// </summary>
internal static class DialogEntityMapper
{
    private const string Kind = "Kind";
    private const string DialogId = "DialogId";
    private const string Values = "Values";
    private const string ExpiresAt = "ExpiresAt";

    public static string PartitionKey(DialogKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return KeyEscaper.KeyPart(key.Conversation.ToString());
    }

    public static string RowKey(DialogKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return KeyEscaper.KeyPart(key.User.ToString());
    }

    public static TableEntity ToEntity(DialogState state, Guid writeId)
    {
        ArgumentNullException.ThrowIfNull(state);
        Dictionary<string, string> values = new(state.Values);
        return new TableEntity(PartitionKey(state.Key), RowKey(state.Key))
        {
            [Kind] = state.Kind,
            [DialogId] = state.DialogId,
            [Values] = JsonSerializer.Serialize(values, StorageJsonContext.Default.DictionaryStringString),
            [ExpiresAt] = Utc(state.ExpiresAt),
            [WriteIds.PropertyName] = writeId,
        };
    }

    /// <summary>The stored dialog; <paramref name="key"/> is the one it was read by.</summary>
    public static DialogState ToState(DialogKey key, TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Dictionary<string, string> values = JsonSerializer.Deserialize(
            RequiredString(entity, Values), StorageJsonContext.Default.DictionaryStringString) ?? [];
        return new DialogState(key, RequiredString(entity, Kind), RequiredString(entity, DialogId), values, RequiredTime(entity, ExpiresAt));
    }

    public static DateTimeOffset ExpiryOf(TableEntity entity) => RequiredTime(entity, ExpiresAt);
}
