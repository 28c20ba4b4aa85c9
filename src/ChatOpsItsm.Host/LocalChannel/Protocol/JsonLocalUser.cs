using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.LocalChannel.Protocol;

/// <summary><c>{"id":"alice","name":"Alice"}</c>: the identity <c>local:alice</c>.</summary>
internal sealed class JsonLocalUser
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }
}
