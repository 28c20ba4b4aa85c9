using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>
/// The adapter's one source-generated JSON context: every wire model, inbound and outbound. Nulls are left out on
/// writing (an edit sends only what it changes); unknown fields and component types are ignored on reading (brief §2).
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonInteraction))]
[JsonSerializable(typeof(JsonInteractionResponse))]
[JsonSerializable(typeof(JsonMessageData))]
[JsonSerializable(typeof(JsonMessage))]
[JsonSerializable(typeof(JsonChannel))]
[JsonSerializable(typeof(JsonDirectMessageRequest))]
[JsonSerializable(typeof(JsonThreadRequest))]
[JsonSerializable(typeof(JsonErrorResponse))]
[JsonSerializable(typeof(List<JsonApplicationCommand>))]
[JsonSerializable(typeof(JsonUser))]
[JsonSerializable(typeof(JsonFormProgress))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext
{
}
