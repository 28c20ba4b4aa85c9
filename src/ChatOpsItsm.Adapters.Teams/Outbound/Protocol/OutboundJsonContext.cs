using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Outbound.Protocol;

/// <summary>The outbound-only wire models (the token response), source-generated; activities use <c>TeamsJsonContext</c>.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonTokenResponse))]
internal sealed partial class OutboundJsonContext : JsonSerializerContext
{
}
