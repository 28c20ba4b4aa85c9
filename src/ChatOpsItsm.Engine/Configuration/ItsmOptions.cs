using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Configuration;

/// <summary>The <c>Itsm</c> section: people, roles and approver groups, SLA targets, services, dialogs, changes.</summary>
public sealed class ItsmOptions
{
    public const string SectionName = "Itsm";

    /// <summary>Identities (<c>platform:id</c>) that hold the admin role from the start.</summary>
    public IList<string> Admins { get; init; } = [];

    /// <summary>
    /// Role name (<c>agent</c>, <c>oncall</c>, <c>admin</c>) or approver group name (<c>cab</c>, <c>ecab</c>: any other
    /// name) to the identities that hold it.
    /// </summary>
    public IDictionary<string, IList<string>> Roles { get; init; } = new Dictionary<string, IList<string>>();

    /// <summary>Overrides of the default SLA targets, by priority (<c>P1</c>…<c>P5</c>).</summary>
    public IDictionary<string, SlaTargetOptions> Sla { get; init; } = new Dictionary<string, SlaTargetOptions>();

    /// <summary>The services people report against; the intake guesses one from these names and keywords.</summary>
    public IList<ServiceOptions> Services { get; init; } = [];

    /// <summary>How long an unanswered intake proposal or form stays valid.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan DialogTimeout { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Where proactive messages go.</summary>
    public RoutesOptions Routes { get; init; } = new();

    /// <summary>How long a resolved incident stays quiet before it closes itself.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan AutoCloseAfter { get; init; } = TimeSpan.FromDays(3);

    /// <summary>Change management: approval policies, standard templates, freeze windows.</summary>
    public ChangeOptions Changes { get; init; } = new();

    /// <summary>The service catalog: what people can request with <c>request new</c>; empty by default.</summary>
    public IList<CatalogItemOptions> Catalog { get; init; } = [];

    /// <summary>Identity (<c>platform:id</c>) to the identity of that person's manager, who approves their manager-approved requests.</summary>
    public IDictionary<string, string> Managers { get; init; } = new Dictionary<string, string>();

    /// <summary>The bot's public address, for links to the full ticket on cards; none when unset.</summary>
    [Url]
    public string? PublicBaseUrl { get; init; }

    /// <summary>Major incidents: status-update cadence by priority, the burst offer.</summary>
    [ValidateObjectMembers]
    public MajorOptions Major { get; init; } = new();

    /// <summary>How long a one-time <c>link</c> code stays valid; 10 minutes by default.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan LinkCodeLifetime { get; init; } = TimeSpan.FromMinutes(10);
}
