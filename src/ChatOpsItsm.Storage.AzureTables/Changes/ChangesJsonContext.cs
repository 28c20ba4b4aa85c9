using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Changes;

/// <summary>The JSON of a change's vote, source-generated; absent values are left out.</summary>
[JsonSourceGenerationOptions(WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ChangeVotingJson))]
internal sealed partial class ChangesJsonContext : JsonSerializerContext
{
}
