using System.Text.Json.Serialization;
using ChatOpsItsm.Storage.AzureTables.Replies;

namespace ChatOpsItsm.Storage.AzureTables.Conversations;

/// <summary>The JSON stored inside conversation rows (channel data, local chat replies), source-generated.</summary>
[JsonSourceGenerationOptions(WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReplyJson))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class ConversationsJsonContext : JsonSerializerContext
{
}
