using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.LocalChannel.Protocol;

/// <summary>A card button click: the button's <c>actionId</c> and its data, all string values.</summary>
internal sealed class JsonLocalAction
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("data")]
    public Dictionary<string, string?>? Data { get; set; }
}
