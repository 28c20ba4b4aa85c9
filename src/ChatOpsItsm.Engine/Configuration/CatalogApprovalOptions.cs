namespace ChatOpsItsm.Engine.Configuration;

/// <summary>Who approves a catalog item's requests (<c>Itsm:Catalog:&lt;n&gt;:Approval</c>).</summary>
public sealed class CatalogApprovalOptions
{
    /// <summary><c>none</c> (default), <c>manager</c> (from <c>Itsm:Managers</c>) or <c>group</c>.</summary>
    public string Type { get; set; } = "none";

    /// <summary>The approver group of a <c>group</c> approval (members under <c>Itsm:Roles:&lt;group&gt;</c>).</summary>
    public string? Group { get; set; }

    /// <summary>Approvals a <c>group</c> approval needs; 1 by default.</summary>
    public int? Quorum { get; set; }
}
