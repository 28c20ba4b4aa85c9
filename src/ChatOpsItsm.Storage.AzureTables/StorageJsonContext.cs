using System.Text.Json.Serialization;
using ChatOpsItsm.Storage.AzureTables.Tickets;

namespace ChatOpsItsm.Storage.AzureTables;

/// <summary>The JSON stored inside table properties (audit field changes, dialog values), source-generated.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(List<FieldChangeJson>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext
{
}
