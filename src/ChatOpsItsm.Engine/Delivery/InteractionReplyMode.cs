namespace ChatOpsItsm.Engine.Delivery;

/// <summary>How the channel acknowledged the interaction, and so where the queued replies go.</summary>
public enum InteractionReplyMode
{
    /// <summary>Acknowledged with a placeholder ("thinking…"): the first message replaces it, the rest follow up.</summary>
    ReplacePlaceholder,

    /// <summary>Acknowledged silently on the message the user clicked: a card reply updates that message in place, text follows up.</summary>
    UpdateSourceMessage,

    /// <summary>Already answered: every message follows up.</summary>
    FollowUp,
}
