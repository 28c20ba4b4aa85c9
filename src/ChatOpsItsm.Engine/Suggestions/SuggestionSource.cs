namespace ChatOpsItsm.Engine.Suggestions;

/// <summary>Where a parameter's suggestions come from while someone types it (Discord autocomplete).</summary>
public enum SuggestionSource
{
    /// <summary>No suggestions: free text, or a fixed choice list the platform shows itself.</summary>
    None,

    /// <summary>Ticket ids: the person's own and the open ones, matched on id or title.</summary>
    Tickets,

    /// <summary>The configured services (the catalog people report against), matched on name or keyword.</summary>
    Services,
}
