using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary><c>GET /api/tickets/{id}</c> for a service request: the catalog item, the form's values, the approval with its vote, and the audit trail.</summary>
internal sealed class JsonRequestDetails
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Always <c>request</c>.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>The catalog item's key: <c>new-laptop</c>.</summary>
    [JsonPropertyName("item")]
    public required string Item { get; init; }

    [JsonPropertyName("itemLabel")]
    public required string ItemLabel { get; init; }

    /// <summary>Every field of the item's form, in the item's order.</summary>
    [JsonPropertyName("fields")]
    public required IReadOnlyList<JsonRequestField> Fields { get; init; }

    /// <summary>The state as people read it: <c>Awaiting Approval</c>.</summary>
    [JsonPropertyName("state")]
    public required string State { get; init; }

    [JsonPropertyName("requester")]
    public required JsonTicketPerson Requester { get; init; }

    /// <summary><c>none</c>, <c>manager</c> or <c>group</c>.</summary>
    [JsonPropertyName("approval")]
    public required string Approval { get; init; }

    /// <summary>The manager who approves (<c>local:dave</c>) of a manager approval; null otherwise.</summary>
    [JsonPropertyName("approver")]
    public string? Approver { get; init; }

    /// <summary>The vote with its tally and every vote; null when no approval is needed.</summary>
    [JsonPropertyName("voting")]
    public JsonVoting? Voting { get; init; }

    [JsonPropertyName("fulfillmentGroup")]
    public required string FulfillmentGroup { get; init; }

    /// <summary>Who took it for fulfilment.</summary>
    [JsonPropertyName("assignee")]
    public JsonTicketPerson? Assignee { get; init; }

    /// <summary>Where it was requested: <c>local:general</c>.</summary>
    [JsonPropertyName("channel")]
    public required string Channel { get; init; }

    [JsonPropertyName("createdAt")]
    public required DateTimeOffset CreatedAt { get; init; }

    [JsonPropertyName("updatedAt")]
    public required DateTimeOffset UpdatedAt { get; init; }

    [JsonPropertyName("fulfilledAt")]
    public DateTimeOffset? FulfilledAt { get; init; }

    /// <summary>The fulfilment notes.</summary>
    [JsonPropertyName("notes")]
    public string? Notes { get; init; }

    /// <summary>When it was Closed, Rejected or Canceled.</summary>
    [JsonPropertyName("closedAt")]
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Every audit event, oldest first.</summary>
    [JsonPropertyName("audit")]
    public required IReadOnlyList<JsonAuditEvent> Audit { get; init; }
}
