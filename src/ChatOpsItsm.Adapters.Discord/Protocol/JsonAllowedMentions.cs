using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>Which mentions may ping. Always sent with an empty <see cref="Parse"/> (ticket text is user input) and the users to ping listed.</summary>
internal sealed class JsonAllowedMentions
{
    [JsonPropertyName("parse")]
    public List<string> Parse { get; set; } = [];

    [JsonPropertyName("users")]
    public List<string>? Users { get; set; }
}
