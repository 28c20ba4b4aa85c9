using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.Health;

[JsonSerializable(typeof(JsonHealthStatus))]
internal sealed partial class HealthJsonContext : JsonSerializerContext
{
}
