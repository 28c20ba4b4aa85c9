using System.Globalization;
using System.Text.RegularExpressions;
using ChatOpsItsm.Adapters.Discord.Authentication;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Adapters.Discord.Configuration;

/// <summary>
/// With the Discord channel on, the application must be fully described, so a typo stops the process at start instead
/// of every interaction being refused. Off, nothing is required. Messages name the setting and never echo a secret.
/// The data-annotation ranges (defer, timestamp tolerance) are checked by the Host's generated validator.
/// </summary>
internal sealed partial class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    private const string Section = DiscordOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        List<string> failures = [];
        if (!IsSnowflake(options.ApplicationId))
        {
            failures.Add($"{Section}:ApplicationId must be the application id (digits) from the Developer Portal when {Section}:Enabled is true.");
        }

        if (!DiscordPublicKey.TryParse(options.PublicKey, out _))
        {
            failures.Add($"{Section}:PublicKey must be the application's Ed25519 public key (64 hex characters from the Developer Portal's General Information page).");
        }

        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add($"{Section}:BotToken (the Bot page's token) is required when {Section}:Enabled is true.");
        }

        if (!IsVersionedApi(options.ApiBaseUrl))
        {
            failures.Add($"{Section}:ApiBaseUrl must be an absolute http(s) URL ending in the API version, such as {DiscordOptions.DefaultApiBaseUrl}.");
        }

        foreach (string guild in options.AllowedGuilds.Where(g => !IsSnowflake(g)))
        {
            failures.Add($"{Section}:AllowedGuilds has '{guild}', which is not a guild (server) id: digits only.");
        }

        if (options.CommandGuildId.Length > 0 && !IsSnowflake(options.CommandGuildId))
        {
            failures.Add($"{Section}:CommandGuildId must be a guild (server) id (digits), or empty for global commands.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Snowflakes are unsigned 64-bit integers sent as decimal strings (brief §2).</summary>
    private static bool IsSnowflake(string? value) =>
        !string.IsNullOrEmpty(value) && value.All(char.IsAsciiDigit)
        && ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out ulong id) && id > 0;

    /// <summary>An unversioned path means the deprecated v6 API (brief §7).</summary>
    private static bool IsVersionedApi(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out Uri? uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.Query)
        && VersionSegment().IsMatch(uri.AbsolutePath);

    [GeneratedRegex(@"/v[0-9]+/?$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionSegment();
}
