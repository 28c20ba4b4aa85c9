using System.Text.Json;
using Azure.Data.Tables;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Storage.AzureTables.Keys;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.Posted;

/// <summary>
/// Posted-message rows ↔ <see cref="PostedMessage"/> (docs/storage.md §13.7). Partition
/// <c>posted|&lt;escaped message key&gt;</c>, row <c>&lt;escaped platform&gt;|&lt;escaped conversation id&gt;</c>, so every
/// copy of one key is one partition and the copies on one platform one row range. Properties: MessageKey,
/// Platform, ConversationId, PlatformMessageId, ChannelData (JSON object of strings).
/// </summary>
internal static class PostedMessageMapper
{
    private const string PartitionPrefix = "posted|";
    private const string Separator = "|";
    private const string MessageKey = "MessageKey";
    private const string Platform = "Platform";
    private const string ConversationId = "ConversationId";
    private const string PlatformMessageId = "PlatformMessageId";
    private const string ChannelData = "ChannelData";

    /// <summary>The escaper never lets <c>|</c> through, so no <c>ref</c> or <c>pref</c> row can share these partitions.</summary>
    public static string Partition(string messageKey) => PartitionPrefix + KeyEscaper.KeyPart(messageKey);

    /// <summary>Every row of <paramref name="platform"/> in a message key's partition.</summary>
    public static KeyRange PlatformRows(string platform) => KeyRange.Prefix(KeyEscaper.KeyPart(platform) + Separator);

    public static string Row(ConversationAddress conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return KeyEscaper.KeyPart(conversation.Platform) + Separator + KeyEscaper.KeyPart(conversation.ConversationId);
    }

    public static TableEntity ToEntity(PostedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Dictionary<string, string> channelData = new(message.ChannelData);
        return new TableEntity(Partition(message.MessageKey), Row(message.Conversation))
        {
            [MessageKey] = message.MessageKey,
            [Platform] = message.Conversation.Platform,
            [ConversationId] = message.Conversation.ConversationId,
            [PlatformMessageId] = message.PlatformMessageId,
            [ChannelData] = JsonSerializer.Serialize(channelData, ConversationsJsonContext.Default.DictionaryStringString),
        };
    }

    public static PostedMessage ToMessage(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Dictionary<string, string> channelData = JsonSerializer.Deserialize(
            RequiredString(entity, ChannelData), ConversationsJsonContext.Default.DictionaryStringString) ?? [];
        return new PostedMessage(
            RequiredString(entity, MessageKey),
            new ConversationAddress(RequiredString(entity, Platform), RequiredString(entity, ConversationId)),
            RequiredString(entity, PlatformMessageId),
            channelData);
    }
}
