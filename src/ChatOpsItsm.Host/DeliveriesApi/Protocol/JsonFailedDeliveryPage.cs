using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.DeliveriesApi.Protocol;

/// <summary><c>{"items":[…]}</c>: the failed deliveries.</summary>
internal sealed class JsonFailedDeliveryPage
{
    [JsonPropertyName("items")]
    public required IReadOnlyList<JsonFailedDelivery> Items { get; init; }
}
