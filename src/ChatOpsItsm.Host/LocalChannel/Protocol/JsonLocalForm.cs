using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.LocalChannel.Protocol;

/// <summary>A submitted form: the submit button's <c>actionId</c> and its data merged with the inputs' values.</summary>
internal sealed class JsonLocalForm
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("values")]
    public Dictionary<string, string?>? Values { get; set; }
}
