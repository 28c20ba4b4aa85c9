using System.Text.Json.Serialization;

namespace ChatOpsItsm.Bench.Workloads;

/// <summary>Serializes the local channel's request body without reflection.</summary>
[JsonSerializable(typeof(LocalMessage))]
internal sealed partial class LocalChannelJsonContext : JsonSerializerContext
{
}
