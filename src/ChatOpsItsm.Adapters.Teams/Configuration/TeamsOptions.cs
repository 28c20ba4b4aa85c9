using System.ComponentModel.DataAnnotations;

namespace ChatOpsItsm.Adapters.Teams.Configuration;

/// <summary>The <c>Teams</c> section: the bot's Microsoft Entra app registration and the Bot Framework endpoints.</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>Turns the Teams channel on; off, <c>POST /api/messages</c> answers 404.</summary>
    public bool Enabled { get; set; }

    /// <summary>The Microsoft App ID of the bot (the audience of inbound tokens, the client id of outbound ones).</summary>
    public string AppId { get; set; } = "";

    /// <summary>The client secret of the app registration. A secret: never logged.</summary>
    public string AppPassword { get; set; } = "";

    /// <summary>The tenant of a single-tenant app; empty for a multi-tenant one.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>Where the Bot Connector's signing keys are published.</summary>
    [Url]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The token endpoint for outbound calls; empty picks the one the brief names for the app type.</summary>
    public string TokenEndpoint { get; set; } = "";

    /// <summary>Tenants allowed to talk to the bot; empty allows every tenant.</summary>
    public IList<string> AllowedTenants { get; set; } = [];
}
