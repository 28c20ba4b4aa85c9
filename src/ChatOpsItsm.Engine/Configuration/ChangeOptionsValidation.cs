using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Incidents;

namespace ChatOpsItsm.Engine.Configuration;

/// <summary>The checks of <c>Itsm:Changes</c> and <c>Itsm:Routes:Approvers</c>, each failure naming its key.</summary>
internal static class ChangeOptionsValidation
{
    public const int FreezeNameMaxLength = 80;
    public const int FreezeReasonMaxLength = 500;
    public static readonly TimeSpan MinVotingDeadline = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxVotingDeadline = TimeSpan.FromDays(30);
    public static readonly TimeSpan MinCorrelationWindow = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxCorrelationWindow = TimeSpan.FromDays(30);

    private const string Changes = $"{ItsmOptions.SectionName}:Changes";

    public static void Check(ItsmOptions options, List<string> failures)
    {
        foreach ((string type, ApprovalPolicyOptions policy) in options.Changes.Policies)
        {
            CheckPolicy(type, policy, failures);
        }

        HashSet<string> templates = new(StringComparer.OrdinalIgnoreCase);
        foreach (string template in options.Changes.StandardTemplates)
        {
            string name = (template ?? "").Trim();
            if (name.Length == 0 || name.Length > ChangeLimits.TemplateNameMaxLength)
            {
                failures.Add($"{Changes}:StandardTemplates needs names of 1 to {ChangeLimits.TemplateNameMaxLength} characters.");
            }
            else if (!templates.Add(name))
            {
                failures.Add($"{Changes}:StandardTemplates lists '{name}' twice.");
            }
        }

        for (int index = 0; index < options.Changes.FreezeWindows.Count; index++)
        {
            CheckFreeze($"{Changes}:FreezeWindows:{index}", options.Changes.FreezeWindows[index], failures);
        }

        if (options.Changes.CorrelationWindow < MinCorrelationWindow || options.Changes.CorrelationWindow > MaxCorrelationWindow)
        {
            failures.Add($"{Changes}:CorrelationWindow must be between 00:01:00 and 30.00:00:00.");
        }

        if (options.Changes.SuspectIncidentThreshold < 1)
        {
            failures.Add($"{Changes}:SuspectIncidentThreshold must be at least 1.");
        }

        foreach ((string group, IList<string> routes) in options.Routes.Approvers)
        {
            string key = $"{ItsmOptions.SectionName}:Routes:Approvers:{group}";
            if (!ApproverGroup.TryParse(group, out _))
            {
                failures.Add($"{key}: '{group}' is not an approver group name (1 to {ApproverGroup.MaxLength} letters, digits, '-' or '_').");
            }

            foreach (string route in routes.Where(route => !RouteAddress.TryParse(route, out _)))
            {
                failures.Add($"{key} has '{route}', which is not a conversation such as local:cab or teams:19:abc@thread.tacv2.");
            }
        }
    }

    /// <summary>Reads <c>reject</c> or <c>escalate</c>, any case.</summary>
    public static bool TryParseDeadlineAction(string? text, out DeadlineAction action)
    {
        action = DeadlineAction.Reject;
        DeadlineAction? parsed = DraftValues.ParseLevel<DeadlineAction>(text);
        action = parsed ?? DeadlineAction.Reject;
        return parsed is not null;
    }

    private static void CheckPolicy(string type, ApprovalPolicyOptions policy, List<string> failures)
    {
        string key = $"{Changes}:Policies:{type}";
        if (DraftValues.ParseLevel<ChangeType>(type) is not { } parsed)
        {
            failures.Add($"{key}: '{type}' is not a change type with a vote; use normal or emergency.");
            return;
        }

        if (parsed == ChangeType.Standard)
        {
            failures.Add($"{key}: a standard change is pre-approved and has no approval policy; use normal or emergency.");
        }

        if (policy.Group is not null && !ApproverGroup.TryParse(policy.Group, out _))
        {
            failures.Add($"{key}:Group '{policy.Group}' is not an approver group name (1 to {ApproverGroup.MaxLength} letters, digits, '-' or '_').");
        }

        if (policy.Quorum is < 1)
        {
            failures.Add($"{key}:Quorum must be at least 1.");
        }

        if (policy.VotingDeadline is { } deadline && (deadline < MinVotingDeadline || deadline > MaxVotingDeadline))
        {
            failures.Add($"{key}:VotingDeadline must be between 00:01:00 and 30.00:00:00.");
        }

        if (policy.AtDeadline is not null && !TryParseDeadlineAction(policy.AtDeadline, out _))
        {
            failures.Add($"{key}:AtDeadline '{policy.AtDeadline}' must be reject or escalate.");
        }
    }

    private static void CheckFreeze(string key, FreezeWindowOptions freeze, List<string> failures)
    {
        string name = (freeze.Name ?? "").Trim();
        if (name.Length == 0 || name.Length > FreezeNameMaxLength)
        {
            failures.Add($"{key}:Name must be 1 to {FreezeNameMaxLength} characters.");
        }

        if (freeze.Start is not { } start || freeze.End is not { } end)
        {
            failures.Add($"{key} needs a Start and an End (ISO 8601, e.g. 2026-12-20T00:00Z).");
        }
        else if (end <= start)
        {
            failures.Add($"{key}:End must be after its Start.");
        }

        if ((freeze.Reason ?? "").Length > FreezeReasonMaxLength)
        {
            failures.Add($"{key}:Reason is longer than {FreezeReasonMaxLength} characters.");
        }
    }
}
