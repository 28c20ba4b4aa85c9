using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Configuration;

/// <summary>
/// Checks the <c>Itsm</c> section at start-up, so a typo in an identity, a role or a change setting stops the
/// process with a message naming the key instead of silently granting nothing.
/// </summary>
public sealed class ItsmOptionsValidator : IValidateOptions<ItsmOptions>
{
    public ValidateOptionsResult Validate(string? name, ItsmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        foreach (string admin in options.Admins)
        {
            CheckIdentity($"{ItsmOptions.SectionName}:Admins", admin, failures);
        }

        foreach ((string role, IList<string> identities) in options.Roles)
        {
            if (!RoleNames.TryParse(role, out _) && !ApproverGroup.TryParse(role, out _))
            {
                failures.Add($"{ItsmOptions.SectionName}:Roles:{role} is neither a role (agent, oncall, admin) nor an approver group name "
                    + $"such as cab (1 to {ApproverGroup.MaxLength} letters, digits, '-' or '_').");
            }

            foreach (string identity in identities)
            {
                CheckIdentity($"{ItsmOptions.SectionName}:Roles:{role}", identity, failures);
            }
        }

        foreach ((string priority, SlaTargetOptions target) in options.Sla)
        {
            if (!PriorityKeys.TryParse(priority, out _))
            {
                failures.Add($"{ItsmOptions.SectionName}:Sla:{priority} is not a priority; use P1 to P5.");
            }
            else if (target.Response <= TimeSpan.Zero || target.Resolution < target.Response)
            {
                failures.Add($"{ItsmOptions.SectionName}:Sla:{priority} needs Response > 0 and Resolution ≥ Response.");
            }
        }

        foreach (ServiceOptions service in options.Services)
        {
            if (string.IsNullOrWhiteSpace(service.Name) || service.Name.Length > IncidentLimits.ServiceMaxLength)
            {
                failures.Add($"{ItsmOptions.SectionName}:Services needs a Name of 1 to {IncidentLimits.ServiceMaxLength} characters.");
            }
        }

        foreach (string route in options.Routes.OnCall)
        {
            if (!RouteAddress.TryParse(route, out _))
            {
                failures.Add($"{ItsmOptions.SectionName}:Routes:OnCall has '{route}', which is not a conversation such as local:oncall or teams:19:abc@thread.tacv2.");
            }
        }

        foreach (string route in options.Routes.Stakeholders)
        {
            if (!RouteAddress.TryParse(route, out _))
            {
                failures.Add($"{ItsmOptions.SectionName}:Routes:Stakeholders has '{route}', which is not a conversation such as local:status or teams:19:abc@thread.tacv2.");
            }
        }

        foreach ((string priority, TimeSpan cadence) in options.Major.Cadence)
        {
            if (!PriorityKeys.TryParse(priority, out _))
            {
                failures.Add($"{ItsmOptions.SectionName}:Major:Cadence:{priority} is not a priority; use P1 to P5.");
            }
            else if (cadence < MajorLimits.MinCadence)
            {
                failures.Add($"{ItsmOptions.SectionName}:Major:Cadence:{priority} must be at least a second (00:00:01).");
            }
        }

        ChangeOptionsValidation.Check(options, failures);
        CatalogOptionsValidation.Check(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckIdentity(string key, string value, List<string> failures)
    {
        if (!UserIdentity.TryParse(value, out _))
        {
            failures.Add($"{key} has '{value}', which is not an identity such as local:alice or teams:<aadObjectId>.");
        }
    }
}
