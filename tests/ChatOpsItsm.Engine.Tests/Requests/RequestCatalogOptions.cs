using ChatOpsItsm.Engine.Configuration;

namespace ChatOpsItsm.Engine.Tests.Requests;

/// <summary>
/// The harness's options with the example catalog: password reset (no approval), software access (manager), new laptop
/// (it-approvers, quorum 1: Carol and Dave), distribution-list change (no approval). Alice's manager is Erin; the
/// service desk hears at local:service-desk.
/// </summary>
internal static class RequestCatalogOptions
{
    public static ItsmOptions Create()
    {
        ItsmOptions options = EngineHarness.DefaultOptions();
        options.Roles["it-approvers"] = ["local:carol", "local:dave"];
        options.Managers["local:alice"] = "local:erin";
        options.Routes.Approvers["it-approvers"] = ["local:it-approvers"];
        options.Routes.Fulfillment["service-desk"] = ["local:service-desk"];
        options.Catalog.Add(Item("password-reset", "Password reset", "none", null,
            new CatalogFieldOptions { Name = "account", Label = "Account", Required = true, Pattern = "[a-z0-9.]+", PatternMessage = "Use your login name." }));
        options.Catalog.Add(Item("software-access", "Software access", "manager", null,
            new CatalogFieldOptions { Name = "app", Label = "Application", Type = "choice", Required = true, Choices = ["vpn", "jira"] },
            new CatalogFieldOptions { Name = "justification", Label = "Justification", Required = true }));
        options.Catalog.Add(Item("new-laptop", "New laptop", "group", "it-approvers",
            new CatalogFieldOptions { Name = "model", Label = "Model", Type = "choice", Required = true, Choices = ["standard", "developer"] },
            new CatalogFieldOptions { Name = "needed_by", Label = "Needed by", Type = "date" }));
        options.Catalog.Add(Item("dl-change", "Distribution list change", "none", null,
            new CatalogFieldOptions { Name = "list", Label = "List", Required = true },
            new CatalogFieldOptions { Name = "action", Label = "Action", Type = "choice", Required = true, Choices = ["add", "remove"] },
            new CatalogFieldOptions { Name = "member", Label = "Member", Type = "person", Required = true }));
        return options;
    }

    private static CatalogItemOptions Item(string key, string label, string approval, string? group, params CatalogFieldOptions[] fields)
    {
        CatalogItemOptions item = new()
        {
            Key = key,
            Label = label,
            Approval = new CatalogApprovalOptions { Type = approval, Group = group },
            FulfillmentGroup = "service-desk",
        };
        foreach (CatalogFieldOptions field in fields)
        {
            item.Fields.Add(field);
        }

        return item;
    }
}
