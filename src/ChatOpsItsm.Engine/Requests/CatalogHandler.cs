using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Engine.Requests;

/// <summary><c>request catalog</c>: every item, who approves it and its fields, with how to request it.</summary>
public sealed class CatalogHandler(CatalogSettings catalog)
{
    public EngineResponse Handle()
    {
        if (catalog.Items.Count == 0)
        {
            return RequestReplies.Say("The service catalog is empty: an admin adds items under Itsm:Catalog.");
        }

        IEnumerable<string> items = catalog.Items.Select(item =>
            $"- **{item.Key}** · {item.Label} · {Approval(item.Approval)}"
            + (item.Description.Length > 0 ? $"\n  {item.Description}" : "")
            + (item.Fields.Count > 0 ? "\n  " + string.Join("; ", item.Fields.Select(Describe)) : ""));
        return RequestReplies.Say("**Service catalog**\n" + string.Join('\n', items)
            + "\n\nRequest one with `request new <item> field:value…`; I ask for anything missing.");
    }

    public static string Describe(CatalogField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        string kind = field.Type switch
        {
            CatalogFieldType.Choice => string.Join("|", field.Choices),
            CatalogFieldType.Date => "yyyy-MM-dd",
            CatalogFieldType.Person => "me, @name or platform:id",
            _ => "text",
        };
        return $"`{field.Name}:` {field.Label} ({kind}{(field.Required ? ", required" : "")})";
    }

    private static string Approval(RequestApproval approval) => approval.Kind switch
    {
        RequestApprovalKind.Manager => "your manager approves",
        RequestApprovalKind.Group => $"the {approval.Group} approve ({approval.Quorum} needed)",
        _ => "no approval",
    };
}
