using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Protocol;

/// <summary><c>{"id"}</c>: what the connector answers to a send, reply or update (the message id).</summary>
internal sealed class JsonResourceResponse
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }
}
