namespace ChatOpsItsm.Domain.Requests;

/// <summary>What a catalog field holds: free text, one of its choices, a date (<c>yyyy-MM-dd</c>) or a person (<c>platform:id</c>).</summary>
public enum CatalogFieldType
{
    Text,
    Choice,
    Date,
    Person,
}
