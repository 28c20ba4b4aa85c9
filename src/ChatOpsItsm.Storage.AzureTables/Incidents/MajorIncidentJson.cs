using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Incidents;

/// <summary>
/// The stored shape of a major incident (<c>Major</c> on the incident's record row), independent of the domain type's
/// names. Instants with their ticks (in UTC), the cadence in ticks, ids as text (<c>INC-1002</c>).
/// </summary>
internal sealed record MajorIncidentJson(
    [property: JsonPropertyName("declaredAt")] DateTimeOffset DeclaredAt,
    [property: JsonPropertyName("declaredBy")] RoleHolderJson DeclaredBy,
    [property: JsonPropertyName("declaredIn")] string DeclaredIn,
    [property: JsonPropertyName("warRoomParent")] string? WarRoomParent,
    [property: JsonPropertyName("commander")] RoleHolderJson Commander,
    [property: JsonPropertyName("communications")] RoleHolderJson? Communications,
    [property: JsonPropertyName("scribe")] RoleHolderJson? Scribe,
    [property: JsonPropertyName("warRoom")] string? WarRoom,
    [property: JsonPropertyName("cadenceTicks")] long CadenceTicks,
    [property: JsonPropertyName("cadenceFrom")] DateTimeOffset CadenceFrom,
    [property: JsonPropertyName("updateCount")] int UpdateCount,
    [property: JsonPropertyName("lastUpdate")] string? LastUpdate,
    [property: JsonPropertyName("lastUpdateAt")] DateTimeOffset? LastUpdateAt,
    [property: JsonPropertyName("snoozedUntil")] DateTimeOffset? SnoozedUntil,
    [property: JsonPropertyName("remindersSent")] int RemindersSent,
    [property: JsonPropertyName("lastReminderAt")] DateTimeOffset? LastReminderAt,
    [property: JsonPropertyName("mitigatedAt")] DateTimeOffset? MitigatedAt,
    [property: JsonPropertyName("endedAt")] DateTimeOffset? EndedAt,
    [property: JsonPropertyName("summary")] string? Summary,
    [property: JsonPropertyName("linked")] List<string> LinkedIncidents,
    [property: JsonPropertyName("actions")] List<FollowUpActionJson> Actions);
