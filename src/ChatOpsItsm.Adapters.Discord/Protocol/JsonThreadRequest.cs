using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary><c>POST /channels/{id}/messages/{id}/threads</c>: a public thread from a message.</summary>
internal sealed class JsonThreadRequest
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("auto_archive_duration")]
    public int? AutoArchiveDuration { get; set; }
}
