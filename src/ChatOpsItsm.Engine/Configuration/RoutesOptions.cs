namespace ChatOpsItsm.Engine.Configuration;

/// <summary>Where proactive messages go, as conversation references written <c>platform:conversationId</c>.</summary>
public sealed class RoutesOptions
{
    /// <summary>Conversations told at once of new P1 and P2 incidents, and of SLA notices on unassigned ones.</summary>
    public IList<string> OnCall { get; init; } = [];

    /// <summary>Conversations told of every major incident: its declaration (with a way to join), each status update and its end.</summary>
    public IList<string> Stakeholders { get; init; } = [];

    /// <summary>Approver group (<c>cab</c>, <c>ecab</c>) to the conversations its vote cards and decisions go to.</summary>
    public IDictionary<string, IList<string>> Approvers { get; init; } = new Dictionary<string, IList<string>>();

    /// <summary>Fulfilment group (a catalog item's <c>FulfillmentGroup</c>) to the conversations its agents hear of approved requests in.</summary>
    public IDictionary<string, IList<string>> Fulfillment { get; init; } = new Dictionary<string, IList<string>>();
}
