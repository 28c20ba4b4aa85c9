using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Protocol;

/// <summary>
/// A user or bot account: <c>29:…</c> (a user, scoped to this bot) or <c>28:&lt;appId&gt;</c> (the bot).
/// <see cref="AadObjectId"/> is the stable Entra user id: key users on it.
/// </summary>
internal sealed class JsonChannelAccount
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("aadObjectId")]
    public string? AadObjectId { get; set; }
}
