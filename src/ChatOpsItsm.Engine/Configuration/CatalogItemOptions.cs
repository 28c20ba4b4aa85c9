namespace ChatOpsItsm.Engine.Configuration;

/// <summary>One item of <c>Itsm:Catalog</c>: what people can request, the form they fill in, who approves and who fulfils.</summary>
public sealed class CatalogItemOptions
{
    /// <summary>The word people type after <c>request new</c>: lower case letters, digits, <c>-</c>, <c>_</c>.</summary>
    public string Key { get; set; } = "";

    public string Label { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>At most five, so the form fits a Discord modal.</summary>
    public IList<CatalogFieldOptions> Fields { get; init; } = [];

    public CatalogApprovalOptions Approval { get; set; } = new();

    /// <summary>The agent group whose route (<c>Itsm:Routes:Fulfillment:&lt;group&gt;</c>) hears of approved requests.</summary>
    public string FulfillmentGroup { get; set; } = "";
}
