using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Protocol;

/// <summary>
/// An activity entity. A <c>mention</c> (brief §1.6) has <see cref="Text"/> (<c>&lt;at&gt;Name&lt;/at&gt;</c>, exactly
/// the substring of the activity text) and <see cref="Mentioned"/>; other types (<c>clientInfo</c>) are read for nothing.
/// </summary>
internal sealed class JsonEntity
{
    public const string MentionType = "mention";

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("mentioned")]
    public JsonChannelAccount? Mentioned { get; set; }
}
