using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Incidents;

/// <summary>
/// The JSON of a major incident, source-generated; absent values are left out. Its own context, as for changes, because
/// <see cref="StorageJsonContext"/> writes nulls and its stored audit JSON must not change shape.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MajorIncidentJson))]
internal sealed partial class IncidentsJsonContext : JsonSerializerContext
{
}
