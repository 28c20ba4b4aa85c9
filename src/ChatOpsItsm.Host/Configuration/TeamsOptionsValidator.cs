using ChatOpsItsm.Adapters.Teams.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Configuration;

/// <summary>With the Teams channel on, the app registration must be complete; off, nothing is required.</summary>
internal sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        List<string> failures = [];
        if (!Guid.TryParse(options.AppId, out Guid appId) || appId == Guid.Empty)
        {
            failures.Add("Teams:AppId must be the bot's Microsoft App ID (a GUID) when Teams:Enabled is true.");
        }

        if (string.IsNullOrWhiteSpace(options.AppPassword))
        {
            failures.Add("Teams:AppPassword (the app registration's client secret) is required when Teams:Enabled is true.");
        }

        if (options.TenantId.Length > 0 && !Guid.TryParse(options.TenantId, out _))
        {
            failures.Add("Teams:TenantId must be a tenant id (a GUID), or empty for a multi-tenant app.");
        }

        if (options.TokenEndpoint.Length > 0 && !Uri.TryCreate(options.TokenEndpoint, UriKind.Absolute, out _))
        {
            failures.Add("Teams:TokenEndpoint must be an absolute URL, or empty for the default.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
