using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Releases;

/// <summary>The JSON of a release's changes, source-generated.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(List<ReleaseChangeJson>))]
internal sealed partial class ReleasesJsonContext : JsonSerializerContext
{
}
