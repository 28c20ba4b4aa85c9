using System.Text.Json;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Storage.AzureTables.Replies;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.LocalChat.Json;

/// <summary><see cref="Reply"/> ↔ the JSON text a local-chat row holds (the shape is <see cref="ReplyMapper"/>'s).</summary>
internal static class ReplyJsonMapper
{
    public static string ToJson(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return JsonSerializer.Serialize(ReplyMapper.ToJson(reply), ConversationsJsonContext.Default.ReplyJson);
    }

    /// <exception cref="InvalidDataException">The JSON is not a stored reply.</exception>
    public static Reply FromJson(string text)
    {
        ReplyJson json;
        try
        {
            json = JsonSerializer.Deserialize(text, ConversationsJsonContext.Default.ReplyJson)
                ?? throw new InvalidDataException("A stored reply is null.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException("A stored reply is not valid JSON.", exception);
        }

        return ReplyMapper.FromJson(json);
    }
}
