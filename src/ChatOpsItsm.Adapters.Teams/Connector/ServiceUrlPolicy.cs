using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Adapters.Teams.Connector;

/// <summary>
/// Decides whether the bot's token may be sent to a service URL (brief §3.3). The URL must come from a stored
/// conversation reference (the inbound side keeps only those of authenticated activities); on top of that it must be
/// https on the default port and a Bot Connector host, or, with <see cref="ConnectorOptions.AllowInsecureLoopbackServiceUrls"/>,
/// any URL on the loopback interface.
/// </summary>
internal sealed class ServiceUrlPolicy
{
    /// <summary>The Bot Connector hosts of the public and government clouds; <c>.botframework.com</c> covers its subdomains.</summary>
    private static readonly string[] TrustedHosts =
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
    ];

    private const string TrustedDomain = ".botframework.com";

    private readonly IOptions<ConnectorOptions> _options;
    private readonly ILogger _logger;

    public ServiceUrlPolicy(IOptions<ConnectorOptions> options, ILogger<ServiceUrlPolicy> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger;
    }

    /// <summary>The service URL as a base address ending in <c>/</c> (brief §4.1), when it is trusted.</summary>
    /// <exception cref="UntrustedServiceUrlException">It is missing, malformed or not trusted.</exception>
    public Uri Trust(string? serviceUrl)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl) || !Uri.TryCreate(serviceUrl.Trim(), UriKind.Absolute, out Uri? uri))
        {
            throw Refuse("(none)", "missing or not an absolute URL");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw Refuse(uri.Host, "carries credentials, a query or a fragment");
        }

        bool trusted = IsBotConnector(uri) || (_options.Value.AllowInsecureLoopbackServiceUrls && IsLoopback(uri));
        if (!trusted)
        {
            throw Refuse(uri.Host, "not https on a Bot Connector host");
        }

        string text = uri.GetLeftPart(UriPartial.Path);
        return new Uri(text.EndsWith('/') ? text : text + "/", UriKind.Absolute);
    }

    private static bool IsBotConnector(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps
        && uri.IsDefaultPort
        && (TrustedHosts.Contains(uri.IdnHost, StringComparer.OrdinalIgnoreCase)
            || uri.IdnHost.EndsWith(TrustedDomain, StringComparison.OrdinalIgnoreCase));

    private static bool IsLoopback(Uri uri) =>
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out IPAddress? address) && IPAddress.IsLoopback(address)));

    private UntrustedServiceUrlException Refuse(string host, string reason)
    {
        _logger.ServiceUrlRefused(host, reason);
        return new UntrustedServiceUrlException($"Refused to send the bot's token to the service URL host '{host}': {reason}.");
    }
}
