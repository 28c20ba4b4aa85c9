using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.LocalChannel.Protocol;

/// <summary>
/// Reads and writes the local channel's wire models without reflection. Strict on input: a duplicated or
/// unknown property is an error the caller hears about, not something silently ignored.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(JsonLocalRequest))]
[JsonSerializable(typeof(JsonLocalResponse))]
[JsonSerializable(typeof(JsonLocalHistory))]
[JsonSerializable(typeof(JsonLocalMessage))]
internal sealed partial class LocalChannelJsonContext : JsonSerializerContext
{
}
