using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatOpsItsm.Adapters.Teams.Manifest;

/// <summary>
/// Writes the Teams app package for sideloading: a zip with <c>manifest.json</c> (the <c>{{APP_ID}}</c>
/// placeholder replaced by the bot's app id) and the colour and outline icons it names, all at the zip root
/// (brief §7).
/// </summary>
public static partial class TeamsAppPackage
{
    /// <summary>The placeholder in the manifest template for the bot's Microsoft App ID.</summary>
    public const string AppIdPlaceholder = "{{APP_ID}}";

    public const string ManifestFileName = "manifest.json";

    /// <summary>Teams' required icon sizes: the colour icon 192×192, the outline icon 32×32.</summary>
    public const int ColorIconSize = 192;

    public const int OutlineIconSize = 32;

    // The manifest is a file people read, not HTML: no need to escape quotes and non-ASCII letters.
    private static readonly JsonSerializerOptions Readable = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Fixed entry times keep the package byte-for-byte the same for the same inputs.
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the package for <paramref name="appId"/> to <paramref name="output"/>, which stays open.</summary>
    /// <param name="manifestFolder">The folder holding <c>manifest.json</c> and the icons, e.g. <c>manifests/teams</c>.</param>
    /// <param name="appId">The bot's Microsoft App ID (<c>Teams:AppId</c>), a GUID.</param>
    /// <param name="validDomain">A host name to add to <c>validDomains</c> (e.g. the host of <c>Itsm:PublicBaseUrl</c>), or null.</param>
    /// <param name="output">Where the zip goes; nothing is written to it when an input is refused.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <exception cref="ArgumentException">The app id is not a GUID, or the domain is not a host name.</exception>
    /// <exception cref="FileNotFoundException">The manifest or an icon it names is missing.</exception>
    /// <exception cref="InvalidDataException">The manifest is not valid JSON, lacks the placeholder, or an icon has the wrong size.</exception>
    public static async Task WriteAsync(string manifestFolder, string appId, string? validDomain, Stream output, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(manifestFolder);
        ArgumentNullException.ThrowIfNull(output);
        string id = CheckAppId(appId);
        if (validDomain is not null && !DomainPattern().IsMatch(validDomain))
        {
            throw new ArgumentException(
                $"'{validDomain}' is not a domain for validDomains: give a host name such as itsm.example.com, without scheme or path.",
                nameof(validDomain));
        }

        string template = await File.ReadAllTextAsync(Path.Combine(manifestFolder, ManifestFileName), cancellationToken);
        JsonObject manifest = Substitute(template, id, validDomain);
        byte[] color = await ReadIconAsync(manifestFolder, manifest, "color", ColorIconSize, cancellationToken);
        byte[] outline = await ReadIconAsync(manifestFolder, manifest, "outline", OutlineIconSize, cancellationToken);
        byte[] manifestBytes = Encoding.UTF8.GetBytes(manifest.ToJsonString(Readable));

        await using ZipArchive zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        await AddAsync(zip, ManifestFileName, manifestBytes, cancellationToken);
        await AddAsync(zip, IconName(manifest, "color"), color, cancellationToken);
        await AddAsync(zip, IconName(manifest, "outline"), outline, cancellationToken);
    }

    /// <summary>The app id in canonical form (lower-case, hyphenated).</summary>
    private static string CheckAppId(string appId) => Guid.TryParseExact(appId?.Trim(), "D", out Guid guid) && guid != Guid.Empty
        ? guid.ToString("D")
        : throw new ArgumentException(
            $"Teams:AppId must be the bot's Microsoft App ID, a GUID such as 00000000-0000-0000-0000-000000000000 (from the Entra app registration); got '{appId}'.",
            nameof(appId));

    private static JsonObject Substitute(string template, string appId, string? validDomain)
    {
        if (!template.Contains(AppIdPlaceholder, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{ManifestFileName} has no {AppIdPlaceholder} placeholder for the app id.");
        }

        JsonObject manifest;
        try
        {
            manifest = JsonNode.Parse(template.Replace(AppIdPlaceholder, appId, StringComparison.Ordinal)) as JsonObject
                ?? throw new InvalidDataException($"{ManifestFileName} is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{ManifestFileName} is not valid JSON: {e.Message}", e);
        }

        if (validDomain is not null)
        {
            JsonArray domains = manifest["validDomains"] as JsonArray ?? [];
            if (!domains.Any(d => string.Equals(d?.GetValue<string>(), validDomain, StringComparison.OrdinalIgnoreCase)))
            {
                domains.Add(validDomain.ToLowerInvariant());
            }

            manifest["validDomains"] = domains;
        }

        return manifest;
    }

    private static string IconName(JsonObject manifest, string kind) =>
        manifest["icons"]?[kind]?.GetValue<string>() is { Length: > 0 } name && Path.GetFileName(name) == name
            ? name
            : throw new InvalidDataException($"{ManifestFileName} must name the {kind} icon as a file next to it (icons.{kind}).");

    private static async Task<byte[]> ReadIconAsync(string folder, JsonObject manifest, string kind, int size, CancellationToken cancellationToken)
    {
        string name = IconName(manifest, kind);
        byte[] icon = await File.ReadAllBytesAsync(Path.Combine(folder, name), cancellationToken);
        if (!PngSize.TryRead(icon, out PngSize actual) || actual != new PngSize(size, size))
        {
            throw new InvalidDataException($"The {kind} icon {name} must be a {size}×{size} PNG.");
        }

        return icon;
    }

    private static async Task AddAsync(ZipArchive zip, string name, byte[] content, CancellationToken cancellationToken)
    {
        ZipArchiveEntry entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        await using Stream stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(content, cancellationToken);
    }

    /// <summary>A host name, optionally with a leading <c>*.</c> wildcard, as validDomains accepts.</summary>
    [GeneratedRegex(@"^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$|^localhost$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainPattern();
}
