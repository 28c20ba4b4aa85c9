using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Requests;

namespace ChatOpsItsm.Engine.Configuration;

/// <summary>The checks of <c>Itsm:Catalog</c>, <c>Itsm:Managers</c> and <c>Itsm:Routes:Fulfillment</c>, each failure naming its key.</summary>
internal static class CatalogOptionsValidation
{
    /// <summary>Names the command parser binds itself, so no field may take them.</summary>
    private static readonly string[] ReservedNames = ["item", "fields"];

    private const string Catalog = $"{ItsmOptions.SectionName}:Catalog";

    public static void Check(ItsmOptions options, List<string> failures)
    {
        HashSet<string> keys = new(StringComparer.OrdinalIgnoreCase);
        for (int index = 0; index < options.Catalog.Count; index++)
        {
            CatalogItemOptions item = options.Catalog[index];
            string key = $"{Catalog}:{index}";
            CheckItem(key, item, options, failures);
            if (IsName(item.Key) && !keys.Add(item.Key))
            {
                failures.Add($"{key}:Key '{item.Key}' is used by another catalog item.");
            }
        }

        foreach ((string person, string manager) in options.Managers)
        {
            string key = $"{ItsmOptions.SectionName}:Managers:{person}";
            if (!UserIdentity.TryParse(person, out UserIdentity who))
            {
                failures.Add($"{key}: '{person}' is not an identity such as local:alice.");
            }

            if (!UserIdentity.TryParse(manager, out UserIdentity boss))
            {
                failures.Add($"{key} has '{manager}', which is not an identity such as local:bob.");
            }
            else if (boss == who)
            {
                failures.Add($"{key}: a person can't be their own manager.");
            }
        }

        foreach ((string group, IList<string> routes) in options.Routes.Fulfillment)
        {
            string key = $"{ItsmOptions.SectionName}:Routes:Fulfillment:{group}";
            if (!IsName(group))
            {
                failures.Add($"{key}: '{group}' is not a group name (1 to {RequestLimits.KeyMaxLength} letters, digits, '-' or '_').");
            }

            foreach (string route in routes.Where(route => !RouteAddress.TryParse(route, out _)))
            {
                failures.Add($"{key} has '{route}', which is not a conversation such as local:service-desk or teams:19:abc@thread.tacv2.");
            }
        }
    }

    /// <summary>1 to 40 letters, digits, <c>-</c> or <c>_</c>.</summary>
    public static bool IsName(string? text) =>
        text is { Length: > 0 and <= RequestLimits.KeyMaxLength } && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static void CheckItem(string key, CatalogItemOptions item, ItsmOptions options, List<string> failures)
    {
        if (!IsName(item.Key))
        {
            failures.Add($"{key}:Key '{item.Key}' must be 1 to {RequestLimits.KeyMaxLength} letters, digits, '-' or '_'.");
        }

        if (string.IsNullOrWhiteSpace(item.Label) || item.Label.Length > RequestLimits.LabelMaxLength)
        {
            failures.Add($"{key}:Label must be 1 to {RequestLimits.LabelMaxLength} characters.");
        }

        if ((item.Description ?? "").Length > RequestLimits.DescriptionMaxLength)
        {
            failures.Add($"{key}:Description is longer than {RequestLimits.DescriptionMaxLength} characters.");
        }

        if (item.Fields.Count > RequestLimits.MaxFields)
        {
            failures.Add($"{key}:Fields has {item.Fields.Count} fields; the limit is {RequestLimits.MaxFields} (a Discord modal holds five inputs).");
        }

        HashSet<string> names = new(StringComparer.OrdinalIgnoreCase);
        for (int index = 0; index < item.Fields.Count; index++)
        {
            CatalogFieldOptions field = item.Fields[index];
            CatalogFieldValidation.Check($"{key}:Fields:{index}", field, failures);
            if (CatalogFieldValidation.IsFieldName(field.Name) && (!names.Add(field.Name) || ReservedNames.Contains(field.Name, StringComparer.OrdinalIgnoreCase)))
            {
                failures.Add($"{key}:Fields:{index}:Name '{field.Name}' is used twice or reserved (item, fields).");
            }
        }

        CheckApproval($"{key}:Approval", item.Approval, failures);
        if (!IsName(item.FulfillmentGroup))
        {
            failures.Add($"{key}:FulfillmentGroup '{item.FulfillmentGroup}' must name an agent group (1 to {RequestLimits.KeyMaxLength} letters, digits, '-' or '_').");
        }
        else if (!options.Routes.Fulfillment.Keys.Any(g => g.Equals(item.FulfillmentGroup, StringComparison.OrdinalIgnoreCase)))
        {
            failures.Add($"{key}:FulfillmentGroup '{item.FulfillmentGroup}' has no route: set {ItsmOptions.SectionName}:Routes:Fulfillment:{item.FulfillmentGroup}.");
        }
    }

    private static void CheckApproval(string key, CatalogApprovalOptions approval, List<string> failures)
    {
        string type = (approval.Type ?? "").Trim().ToLowerInvariant();
        if (type is not ("none" or "manager" or "group"))
        {
            failures.Add($"{key}:Type '{approval.Type}' must be none, manager or group.");
            return;
        }

        if (type == "group" && !ApproverGroup.TryParse(approval.Group, out _))
        {
            failures.Add($"{key}:Group '{approval.Group}' is not an approver group name (1 to {ApproverGroup.MaxLength} letters, digits, '-' or '_').");
        }

        if (type != "group" && (approval.Group is not null || approval.Quorum is not null))
        {
            failures.Add($"{key}: Group and Quorum apply only to a group approval.");
        }

        if (approval.Quorum is < 1)
        {
            failures.Add($"{key}:Quorum must be at least 1.");
        }
    }
}
