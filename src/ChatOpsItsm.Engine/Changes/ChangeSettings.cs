using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Incidents;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>
/// The change settings of the <c>Itsm</c> section, read once (configuration validated at start-up): the approval policy
/// of each type, the freeze windows, the pre-approved templates, who is in each approver group and where its cards go.
/// </summary>
public sealed class ChangeSettings
{
    private readonly Dictionary<ApproverGroup, HashSet<UserIdentity>> _members;
    private readonly Dictionary<ApproverGroup, List<ConversationAddress>> _routes;

    public ChangeSettings(IOptions<ItsmOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ItsmOptions itsm = options.Value;
        Policies = PoliciesFrom(itsm.Changes);
        FreezeWindows = [.. itsm.Changes.FreezeWindows.Select(f => new FreezeWindow(f.Name.Trim(), new ChangeWindow(f.Start!.Value, f.End!.Value), f.Reason ?? ""))];
        StandardTemplates = [.. itsm.Changes.StandardTemplates.Select(t => t.Trim())];
        _members = itsm.Roles
            .Where(pair => !RoleNames.TryParse(pair.Key, out _))
            .GroupBy(pair => new ApproverGroup(pair.Key))
            .ToDictionary(g => g.Key, g => g.SelectMany(pair => pair.Value).Select(UserIdentity.Parse).ToHashSet());
        _routes = itsm.Routes.Approvers.ToDictionary(
            pair => new ApproverGroup(pair.Key),
            pair => pair.Value.Select(route => RouteAddress.TryParse(route, out ConversationAddress? a) ? a : null).OfType<ConversationAddress>().ToList());
    }

    public ApprovalPolicies Policies { get; }

    public IReadOnlyList<FreezeWindow> FreezeWindows { get; }

    public IReadOnlyList<string> StandardTemplates { get; }

    /// <summary>The configured template named <paramref name="name"/> (any case), or null.</summary>
    public string? Template(string? name) =>
        StandardTemplates.FirstOrDefault(t => t.Equals((name ?? "").Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Configured members of <paramref name="group"/> other than the requester: who can make the quorum.</summary>
    public int EligibleApprovers(ApproverGroup group, UserIdentity requester) =>
        _members.TryGetValue(group, out HashSet<UserIdentity>? members) ? members.Count(member => member != requester) : 0;

    /// <summary>Where the group's vote cards go (<c>Itsm:Routes:Approvers:&lt;group&gt;</c>); empty when none is set.</summary>
    public IReadOnlyList<ConversationAddress> RoutesOf(ApproverGroup group) =>
        _routes.TryGetValue(group, out List<ConversationAddress>? routes) ? routes : [];

    public static ApprovalPolicies PoliciesFrom(ChangeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Dictionary<ChangeType, ApprovalPolicy> overrides = [];
        foreach ((string key, ApprovalPolicyOptions value) in options.Policies)
        {
            ChangeType type = DraftValues.ParseLevel<ChangeType>(key)
                ?? throw new InvalidOperationException($"Itsm:Changes:Policies:{key} is not a change type.");
            ApprovalPolicy basis = ApprovalPolicies.Default.For(type)
                ?? throw new InvalidOperationException($"Itsm:Changes:Policies:{key}: a standard change has no policy.");
            overrides[type] = new ApprovalPolicy(
                value.Group is null ? basis.Group : new ApproverGroup(value.Group),
                value.Quorum ?? basis.Quorum,
                value.VetoOnReject ?? basis.VetoOnReject,
                value.VotingDeadline ?? basis.VotingPeriod,
                value.AtDeadline is null ? basis.AtDeadline : DraftValues.ParseLevel<DeadlineAction>(value.AtDeadline) ?? basis.AtDeadline);
        }

        return ApprovalPolicies.Default.With(overrides);
    }
}
