using System.Text.Json;
using ChatOpsItsm.Adapters.Discord.Protocol;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// The HTTP answer to one interaction request: a status code and, when answered inline, the response JSON, which the
/// Host sends with <c>Content-Type: application/json</c> (Discord's endpoint check fails without it, brief §1).
/// No JSON means an empty body.
/// </summary>
internal sealed record DiscordHttpResult(int StatusCode, byte[]? Json)
{
    /// <summary>Not signed by Discord, or not fresh. The body never says why.</summary>
    public static DiscordHttpResult Unauthorized { get; } = new(401, null);

    /// <summary>Signed, but not an interaction this endpoint can read.</summary>
    public static DiscordHttpResult BadRequest { get; } = new(400, null);

    public static DiscordHttpResult PayloadTooLarge { get; } = new(413, null);

    /// <summary>200 with the interaction response as the body: the inline answer, no REST call (brief §3).</summary>
    public static DiscordHttpResult Of(JsonInteractionResponse response) =>
        new(200, JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.JsonInteractionResponse));
}
