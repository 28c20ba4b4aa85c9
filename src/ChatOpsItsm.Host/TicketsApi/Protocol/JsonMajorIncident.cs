using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary>
/// What makes an incident major: who declared it, its roles and war room, the status-update cadence and its reminders,
/// mitigation and end, the incidents part of it and its follow-up actions.
/// </summary>
internal sealed class JsonMajorIncident
{
    [JsonPropertyName("declaredAt")]
    public required DateTimeOffset DeclaredAt { get; init; }

    [JsonPropertyName("declaredBy")]
    public required JsonTicketPerson DeclaredBy { get; init; }

    /// <summary>The conversation it was declared in: <c>local:general</c>.</summary>
    [JsonPropertyName("declaredIn")]
    public required string DeclaredIn { get; init; }

    /// <summary>The incident commander: the declarer unless another was named.</summary>
    [JsonPropertyName("commander")]
    public required JsonTicketPerson Commander { get; init; }

    /// <summary>The communications lead, or null.</summary>
    [JsonPropertyName("communications")]
    public JsonTicketPerson? Communications { get; init; }

    [JsonPropertyName("scribe")]
    public JsonTicketPerson? Scribe { get; init; }

    /// <summary>The war room's conversation (<c>local:thread:general:…</c>); null until it is open.</summary>
    [JsonPropertyName("warRoom")]
    public string? WarRoom { get; init; }

    /// <summary>How often a status update is due: <c>00:30:00</c>.</summary>
    [JsonPropertyName("cadence")]
    public required TimeSpan Cadence { get; init; }

    /// <summary>When the next status update is due (pushed on by a snooze or a reminder); null once it ended.</summary>
    [JsonPropertyName("nextUpdateDueAt")]
    public DateTimeOffset? NextUpdateDueAt { get; init; }

    [JsonPropertyName("updateCount")]
    public required int UpdateCount { get; init; }

    /// <summary>The last status update's text.</summary>
    [JsonPropertyName("lastUpdate")]
    public string? LastUpdate { get; init; }

    [JsonPropertyName("lastUpdateAt")]
    public DateTimeOffset? LastUpdateAt { get; init; }

    [JsonPropertyName("snoozedUntil")]
    public DateTimeOffset? SnoozedUntil { get; init; }

    /// <summary>Reminders since the last update (or the declaration).</summary>
    [JsonPropertyName("remindersSent")]
    public required int RemindersSent { get; init; }

    [JsonPropertyName("lastReminderAt")]
    public DateTimeOffset? LastReminderAt { get; init; }

    [JsonPropertyName("mitigatedAt")]
    public DateTimeOffset? MitigatedAt { get; init; }

    /// <summary>When it was resolved or canceled.</summary>
    [JsonPropertyName("endedAt")]
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The summary given at resolve.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; init; }

    /// <summary>The incidents part of it (<c>INC-1002</c>), oldest link first.</summary>
    [JsonPropertyName("linkedIncidents")]
    public required IReadOnlyList<string> LinkedIncidents { get; init; }

    /// <summary>The follow-up actions, by number.</summary>
    [JsonPropertyName("actions")]
    public required IReadOnlyList<JsonFollowUpAction> Actions { get; init; }
}
