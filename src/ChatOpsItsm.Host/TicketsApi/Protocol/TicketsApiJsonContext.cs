using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary>Writes the REST API's models without reflection. Absent values are written as null, so every field is always there.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(JsonIncidentDetails))]
[JsonSerializable(typeof(JsonIncidentPage))]
[JsonSerializable(typeof(JsonMajorIncident))]
[JsonSerializable(typeof(JsonFollowUpAction))]
[JsonSerializable(typeof(JsonChangeDetails))]
[JsonSerializable(typeof(JsonChangePage))]
[JsonSerializable(typeof(JsonRequestDetails))]
[JsonSerializable(typeof(JsonRequestPage))]
[JsonSerializable(typeof(JsonProblemDetails))]
[JsonSerializable(typeof(JsonProblemPage))]
[JsonSerializable(typeof(JsonReleaseDetails))]
[JsonSerializable(typeof(JsonReleasePage))]
internal sealed partial class TicketsApiJsonContext : JsonSerializerContext
{
}
