using System.Text.Json.Serialization;

namespace ChatOpsItsm.Bench.Workloads;

/// <summary><c>{"id":"bench-3"}</c>: one conversation per load-generator worker.</summary>
internal sealed record LocalConversation([property: JsonPropertyName("id")] string Id);
