using System.Text.Json.Serialization;

namespace ChatOpsItsm.Bench.Workloads;

/// <summary>The body of <c>POST /api/local/messages</c> (SPEC §5), as the web chat sends it.</summary>
internal sealed record LocalMessage(
    [property: JsonPropertyName("user")] LocalUser User,
    [property: JsonPropertyName("conversation")] LocalConversation Conversation,
    [property: JsonPropertyName("text")] string Text);
