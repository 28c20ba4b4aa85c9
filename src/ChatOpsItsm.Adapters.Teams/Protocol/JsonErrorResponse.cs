using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Protocol;

/// <summary>A connector error body: <c>{"error": {"code", "message"}}</c> (brief §4.5).</summary>
internal sealed class JsonErrorResponse
{
    [JsonPropertyName("error")]
    public JsonError? Error { get; set; }
}
