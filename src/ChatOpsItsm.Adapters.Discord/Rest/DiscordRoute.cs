using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ChatOpsItsm.Adapters.Discord.Rest;

/// <summary>
/// One REST route (brief §7): the real path, which holds the interaction token on webhook routes and so is never
/// logged or shown; the <see cref="Template"/> with ids replaced, which is safe to log; the major parameter that
/// splits rate-limit buckets (channel, guild, or webhook app id + a hash of the token); and whether the bot token
/// authenticates it (bot routes) or the token in the path does (interaction webhooks, no Authorization header).
/// </summary>
internal sealed class DiscordRoute
{
    private const string TokenPlaceholder = "{token}";

    private readonly string? _token;

    private DiscordRoute(HttpMethod method, string path, string template, string majorParameter, bool usesBotToken, string? token)
    {
        Method = method;
        Path = path;
        Template = template;
        MajorParameter = majorParameter;
        UsesBotToken = usesBotToken;
        _token = token;
    }

    public HttpMethod Method { get; }

    /// <summary>The path relative to the versioned base, escaped, without a leading slash. May hold a token: never log it.</summary>
    public string Path { get; }

    /// <summary>The path with ids replaced, e.g. <c>/channels/{channel.id}/messages</c>.</summary>
    public string Template { get; }

    public string MajorParameter { get; }

    public bool UsesBotToken { get; }

    /// <summary>What logs and exceptions show: <c>POST /webhooks/{application.id}/{token}</c>.</summary>
    public string Description => $"{Method.Method} {Template}";

    /// <summary>A bot-token route; <paramref name="ids"/> fill the template's <c>{…}</c> holes in order and must be snowflakes.</summary>
    public static DiscordRoute Bot(HttpMethod method, string template, string majorParameter, params string[] ids) =>
        new(method, Fill(template, ids), template, majorParameter, usesBotToken: true, token: null);

    /// <summary>An interaction webhook route <c>/webhooks/{application.id}/{token}</c> + <paramref name="suffix"/>.</summary>
    public static DiscordRoute Webhook(HttpMethod method, string applicationId, string interactionToken, string suffix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(interactionToken);
        string template = "/webhooks/{application.id}/" + TokenPlaceholder + suffix;
        string path = Fill("/webhooks/{application.id}/", [applicationId]) + Uri.EscapeDataString(interactionToken) + suffix;

        // discord.js keys follow-up buckets on app id + token; a hash keeps the token out of the key.
        return new(method, path, template, applicationId + ":" + Hash(interactionToken), usesBotToken: false, interactionToken);
    }

    /// <summary>Removes the interaction token from text that may echo the URL (error messages, exception text).</summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_token is null)
        {
            return text;
        }

        return text.Replace(_token, TokenPlaceholder, StringComparison.Ordinal)
            .Replace(Uri.EscapeDataString(_token), TokenPlaceholder, StringComparison.Ordinal);
    }

    /// <summary>Ids go into the path: only a snowflake (a decimal 64-bit number) is accepted, so nothing can change the route.</summary>
    public static string RequireSnowflake(string id) =>
        ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? id
            : throw new ArgumentException($"'{id}' is not a Discord id (snowflake).", nameof(id));

    public override string ToString() => Description;

    private static string Fill(string template, string[] ids)
    {
        StringBuilder path = new();
        int next = 0;
        for (int i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                path.Append(template[i]);
                continue;
            }

            if (next >= ids.Length)
            {
                throw new ArgumentException($"The route {template} needs more ids than given.", nameof(ids));
            }

            path.Append(RequireSnowflake(ids[next++]));
            i = template.IndexOf('}', i);
        }

        if (next != ids.Length)
        {
            throw new ArgumentException($"The route {template} takes {next} ids, not {ids.Length}.", nameof(ids));
        }

        return path.ToString(1, path.Length - 1);
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..16];
}
