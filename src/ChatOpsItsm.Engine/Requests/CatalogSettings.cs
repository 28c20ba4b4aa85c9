using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Incidents;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>
/// The catalog settings of the <c>Itsm</c> section, read once (validated at start-up): the items, each person's manager
/// (<c>Itsm:Managers</c>) and where each fulfilment group hears of approved requests (<c>Itsm:Routes:Fulfillment</c>).
/// </summary>
public sealed class CatalogSettings
{
    private readonly Dictionary<UserIdentity, UserIdentity> _managers;
    private readonly Dictionary<string, List<ConversationAddress>> _routes;

    public CatalogSettings(IOptions<ItsmOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ItsmOptions itsm = options.Value;
        Items = [.. itsm.Catalog.Select(ItemFrom)];
        _managers = itsm.Managers.ToDictionary(pair => UserIdentity.Parse(pair.Key), pair => UserIdentity.Parse(pair.Value));
        _routes = new(
            itsm.Routes.Fulfillment.Select(pair => KeyValuePair.Create(pair.Key,
                pair.Value.Select(r => RouteAddress.TryParse(r, out ConversationAddress? a) ? a : null).OfType<ConversationAddress>().ToList())),
            StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<CatalogItem> Items { get; }

    /// <summary>The item with that key, any case; null when there is none.</summary>
    public CatalogItem? Find(string? key) => Items.FirstOrDefault(i => i.Key.Equals((key ?? "").Trim(), StringComparison.OrdinalIgnoreCase));

    public UserIdentity? ManagerOf(UserIdentity person) => _managers.TryGetValue(person, out UserIdentity manager) ? manager : null;

    /// <summary>Where the group's agents hear of approved requests; empty when none is set.</summary>
    public IReadOnlyList<ConversationAddress> FulfillmentRoutes(string group) =>
        _routes.TryGetValue(group, out List<ConversationAddress>? routes) ? routes : [];

    public static CatalogItem ItemFrom(CatalogItemOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        RequestApproval approval = (options.Approval.Type ?? "none").Trim().ToLowerInvariant() switch
        {
            "manager" => RequestApproval.Manager,
            "group" => RequestApproval.ByGroup(new ApproverGroup(options.Approval.Group!), options.Approval.Quorum ?? 1),
            _ => RequestApproval.None,
        };
        return new CatalogItem(
            options.Key.Trim().ToLowerInvariant(),
            options.Label.Trim(),
            (options.Description ?? "").Trim(),
            [.. options.Fields.Select(FieldFrom)],
            approval,
            options.FulfillmentGroup.Trim());
    }

    private static CatalogField FieldFrom(CatalogFieldOptions field) => new(
        field.Name.Trim().ToLowerInvariant(),
        string.IsNullOrWhiteSpace(field.Label) ? field.Name.Trim() : field.Label.Trim(),
        DraftValues.ParseLevel<CatalogFieldType>(field.Type) ?? CatalogFieldType.Text,
        field.Required,
        field.MaxLength ?? RequestLimits.FieldMaxLength,
        [.. field.Choices.Select(c => c.Trim())],
        field.Pattern,
        field.PatternMessage);
}
