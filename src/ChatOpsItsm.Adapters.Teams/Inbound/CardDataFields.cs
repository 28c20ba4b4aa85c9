namespace ChatOpsItsm.Adapters.Teams.Inbound;

/// <summary>
/// Reserved fields of a card's submit data (the <c>value</c> of an Action.Submit message, the <c>data</c> of an
/// Action.Execute invoke), written by <c>Cards/CardActions</c>; every other field is button data or an input.
/// </summary>
internal static class CardDataFields
{
    /// <summary>The neutral action id (<c>Cards.CardActions.ActionKey</c>).</summary>
    public const string ActionId = "itsmAction";

    /// <summary>Present on the submit buttons of a form card: the event is a form submission, not a click.</summary>
    public const string Form = "itsmForm";

    /// <summary>The action id in the Action.Submit fallback shape the brief shows (§5.7): <c>{"verb": …}</c>.</summary>
    public const string Verb = "verb";

    /// <summary>Teams' own instructions inside submit data (<c>messageBack</c>, <c>feedback</c>): never button data.</summary>
    public const string Teams = "msteams";
}
