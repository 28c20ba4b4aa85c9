namespace ChatOpsItsm.Engine.Configuration;

/// <summary>One field of a catalog item's form (<c>Itsm:Catalog:&lt;n&gt;:Fields:&lt;m&gt;</c>).</summary>
public sealed class CatalogFieldOptions
{
    /// <summary>The name typed before the colon (<c>app:vpn</c>): lower case letters, digits, <c>-</c>, <c>_</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>Shown on the form; the name when left out.</summary>
    public string? Label { get; set; }

    /// <summary><c>text</c> (default), <c>choice</c>, <c>date</c> or <c>person</c>.</summary>
    public string Type { get; set; } = "text";

    public bool Required { get; set; }

    /// <summary>Characters allowed; at most 1,000 (default).</summary>
    public int? MaxLength { get; set; }

    /// <summary>The values of a choice field.</summary>
    public IList<string> Choices { get; init; } = [];

    /// <summary>A regular expression the whole value must match.</summary>
    public string? Pattern { get; set; }

    /// <summary>What to say when the value does not match <see cref="Pattern"/>.</summary>
    public string? PatternMessage { get; set; }
}
