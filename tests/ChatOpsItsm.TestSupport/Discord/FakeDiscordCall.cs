using System.Text.Json.Nodes;

namespace ChatOpsItsm.TestSupport.Discord;

/// <summary>One request the <see cref="FakeDiscordApi"/> received, as sent.</summary>
/// <param name="Method">GET, POST, PATCH, PUT …</param>
/// <param name="Path">The path after the versioned base (<c>/channels/1500/messages</c>), still escaped.</param>
/// <param name="Query">The query string with its <c>?</c>, or empty.</param>
/// <param name="Headers">Request and content headers by name (case-insensitive), values joined by <c>, </c>.</param>
/// <param name="Body">The request body as text (empty when none).</param>
/// <param name="At">When it arrived, by the fake's clock.</param>
public sealed record FakeDiscordCall(
    string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public string? Authorization => Header("Authorization");

    public string? UserAgent => Header("User-Agent");

    public string? ContentType => Header("Content-Type");

    /// <summary>An interaction webhook route (<c>/webhooks/{app}/{token}…</c>): authenticated by its token, not the bot's.</summary>
    public bool IsWebhook => Path.StartsWith("/webhooks/", StringComparison.Ordinal);

    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;

    /// <summary>The body parsed as JSON (an object or an array), or null when empty.</summary>
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    /// <summary>Never prints header values: they hold the bot token.</summary>
    public override string ToString() => $"{Method} {Path}";
}
