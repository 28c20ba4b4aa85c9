using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.DeliveriesApi.Protocol;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonFailedDeliveryPage))]
internal sealed partial class DeliveriesApiJsonContext : JsonSerializerContext
{
}
