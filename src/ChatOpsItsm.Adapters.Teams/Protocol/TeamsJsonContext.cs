using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Protocol;

/// <summary>
/// The adapter's one source-generated JSON context: every wire model, inbound and outbound, is read and written through it.
/// Nulls are left out on writing; unknown fields are ignored on reading (brief §1.2). Its default encoder escapes every
/// non-ASCII character, so a card's size measured through it is the largest any serializer produces for that card.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonActivity))]
[JsonSerializable(typeof(JsonInvokeResponse))]
[JsonSerializable(typeof(JsonAdaptiveCardInvokeValue))]
[JsonSerializable(typeof(JsonConversationParameters))]
[JsonSerializable(typeof(JsonResourceResponse))]
[JsonSerializable(typeof(JsonConversationResourceResponse))]
[JsonSerializable(typeof(JsonErrorResponse))]
[JsonSerializable(typeof(JsonTokenResponse))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
internal sealed partial class TeamsJsonContext : JsonSerializerContext
{
}
