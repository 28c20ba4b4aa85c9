using System.Text.Json.Serialization;

namespace ChatOpsItsm.Bench.Workloads;

/// <summary><c>{"id":"bench-agent","name":"Bench Agent"}</c>: the identity <c>local:bench-agent</c>.</summary>
internal sealed record LocalUser(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name);
