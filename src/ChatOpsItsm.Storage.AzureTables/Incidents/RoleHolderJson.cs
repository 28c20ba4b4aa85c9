using System.Text.Json.Serialization;

namespace ChatOpsItsm.Storage.AzureTables.Incidents;

/// <summary>A person holding a major-incident role: the identity as <c>platform:id</c> and the name given with it.</summary>
internal sealed record RoleHolderJson(
    [property: JsonPropertyName("id")] string Identity,
    [property: JsonPropertyName("name")] string Name);
