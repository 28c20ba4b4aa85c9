using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Protocol;

/// <summary>The conversation of an activity; <see cref="ConversationType"/> is <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
internal sealed class JsonConversationAccount
{
    /// <summary><c>a:…</c> (personal), <c>19:…@thread.v2</c> (group chat), <c>19:…@thread.tacv2[;messageid=…]</c> (channel).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("conversationType")]
    public string? ConversationType { get; set; }

    [JsonPropertyName("tenantId")]
    public string? TenantId { get; set; }

    [JsonPropertyName("isGroup")]
    public bool? IsGroup { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }
}
