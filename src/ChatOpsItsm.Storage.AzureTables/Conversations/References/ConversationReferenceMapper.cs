using System.Text.Json;
using Azure.Data.Tables;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Storage.AzureTables.Keys;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.References;

/// <summary>
/// Reference rows ↔ <see cref="ConversationReference"/>. Both kinds share the partition <c>ref</c>, so the two
/// rows an event refreshes commit in one transaction: <c>u|&lt;escaped identity&gt;</c> (where the person was last
/// seen) and <c>c|&lt;escaped platform:conversationId&gt;</c> (the conversation). Properties: Platform,
/// ConversationId, User (absent when none), ChannelData (JSON object of strings), SeenAt (UTC).
/// </summary>
internal static class ConversationReferenceMapper
{
    public const string Partition = "ref";

    private const string PersonPrefix = "u|";
    private const string ConversationPrefix = "c|";
    private const string Platform = "Platform";
    private const string ConversationId = "ConversationId";
    private const string User = "User";
    private const string ChannelData = "ChannelData";
    private const string SeenAt = "SeenAt";

    public static string PersonRow(UserIdentity person) => PersonPrefix + KeyEscaper.KeyPart(person.ToString());

    public static string ConversationRow(ConversationAddress conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return ConversationPrefix + KeyEscaper.KeyPart(conversation.ToString());
    }

    public static TableEntity ToEntity(string rowKey, ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        Dictionary<string, string> channelData = new(reference.ChannelData);
        TableEntity entity = new(Partition, rowKey)
        {
            [Platform] = reference.Conversation.Platform,
            [ConversationId] = reference.Conversation.ConversationId,
            [ChannelData] = JsonSerializer.Serialize(channelData, ConversationsJsonContext.Default.DictionaryStringString),
            [SeenAt] = Utc(reference.SeenAt),
        };
        SetOptional(entity, User, reference.User?.ToString());
        return entity;
    }

    public static ConversationReference ToReference(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Dictionary<string, string> channelData = JsonSerializer.Deserialize(
            RequiredString(entity, ChannelData), ConversationsJsonContext.Default.DictionaryStringString) ?? [];
        return new ConversationReference(
            new ConversationAddress(RequiredString(entity, Platform), RequiredString(entity, ConversationId)),
            OptionalIdentity(entity, User),
            channelData,
            RequiredTime(entity, SeenAt));
    }
}
