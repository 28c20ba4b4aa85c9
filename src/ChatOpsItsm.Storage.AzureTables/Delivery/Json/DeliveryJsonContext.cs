using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Delivery.Json;

/// <summary>
/// The JSON of outbox rows, failed rows and queue messages, source-generated. Absent values are left out; the
/// default encoder escapes every non-ASCII character, so a payload's length in characters is its size in bytes.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WorkJson))]
[JsonSerializable(typeof(QueueMessageJson))]
internal sealed partial class DeliveryJsonContext : JsonSerializerContext
{
}
