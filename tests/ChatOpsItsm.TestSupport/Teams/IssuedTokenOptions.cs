namespace ChatOpsItsm.TestSupport.Teams;

/// <summary>What <see cref="LocalOpenIdIssuer.CreateToken"/> puts in a token; every field defaults to a valid Bot Connector token.</summary>
public sealed class IssuedTokenOptions
{
    public string Issuer { get; set; } = LocalOpenIdIssuer.BotFrameworkIssuer;

    public string Audience { get; set; } = LocalOpenIdIssuer.AppId;

    /// <summary>The <c>serviceurl</c> claim; null leaves it out.</summary>
    public string? ServiceUrl { get; set; } = LocalOpenIdIssuer.ServiceUrl;

    /// <summary>Offset of <c>nbf</c> from the issuer's clock.</summary>
    public TimeSpan NotBefore { get; set; } = TimeSpan.FromMinutes(-1);

    /// <summary>Offset of <c>exp</c> from the issuer's clock.</summary>
    public TimeSpan Expires { get; set; } = TimeSpan.FromHours(1);

    public IssuerKey Key { get; set; } = IssuerKey.Endorsed;

    /// <summary>The signing algorithm; the RSA key signs whatever RSA algorithm is named here.</summary>
    public string Algorithm { get; set; } = "RS256";
}
