using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Delivery.Json;

/// <summary>
/// One queue message. A <c>flush</c> carries the items a command wrote to the outbox of ticket partition
/// <see cref="Partition"/>; a <c>work</c> message carries one item to carry out.
/// </summary>
internal sealed record QueueMessageJson
{
    public const string FlushType = "flush";

    public const string WorkType = "work";

    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("partition")]
    public string? Partition { get; init; }

    [JsonPropertyName("items")]
    public List<WorkJson>? Items { get; init; }

    [JsonPropertyName("work")]
    public WorkJson? Work { get; init; }
}
