using ChatOpsItsm.Adapters.Teams.Configuration;

namespace ChatOpsItsm.Adapters.Teams.OutboundAuth;

/// <summary>Which token endpoint and scope the bot's outbound tokens come from (brief §3.1).</summary>
internal static class TokenEndpoints
{
    /// <summary>The audience of Bot Connector tokens, public cloud.</summary>
    public const string Scope = "https://api.botframework.com/.default";

    /// <summary>The tenant of legacy multi-tenant bots.</summary>
    public const string MultiTenant = "botframework.com";

    /// <summary>
    /// <c>Teams:TokenEndpoint</c> when set; else the app's tenant (single-tenant, <c>Teams:TenantId</c>) or
    /// <c>botframework.com</c> (legacy multi-tenant) on the Microsoft identity platform.
    /// </summary>
    public static Uri For(TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.TokenEndpoint))
        {
            return new Uri(options.TokenEndpoint, UriKind.Absolute);
        }

        string tenant = string.IsNullOrWhiteSpace(options.TenantId) ? MultiTenant : options.TenantId.Trim();
        return new Uri($"https://login.microsoftonline.com/{Uri.EscapeDataString(tenant)}/oauth2/v2.0/token", UriKind.Absolute);
    }
}
