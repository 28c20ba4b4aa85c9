using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Requests;

/// <summary>The JSON of a request's field values, source-generated.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(List<RequestFieldJson>))]
internal sealed partial class RequestsJsonContext : JsonSerializerContext
{
}
