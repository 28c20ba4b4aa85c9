using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Protocol;

/// <summary>
/// The answer to <c>POST v3/conversations</c>: the new conversation id (<c>a:…</c> for a 1:1,
/// <c>19:…;messageid=&lt;root&gt;</c> for a thread), the root message id, sometimes a service URL.
/// </summary>
internal sealed class JsonConversationResourceResponse
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("activityId")]
    public string? ActivityId { get; set; }

    [JsonPropertyName("serviceUrl")]
    public string? ServiceUrl { get; set; }
}
