using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary>Writes the REST API's models without reflection. Absent values are written as null, so every field is always there.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(JsonIncidentDetails))]
[JsonSerializable(typeof(JsonIncidentPage))]
[JsonSerializable(typeof(JsonChangeDetails))]
[JsonSerializable(typeof(JsonChangePage))]
internal sealed partial class TicketsApiJsonContext : JsonSerializerContext
{
}
