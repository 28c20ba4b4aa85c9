namespace ChatOpsItsm.Engine.Delivery;

public enum DeliveryStatus
{
    /// <summary>Carried out (or found already carried out); remove it from the queue.</summary>
    Done,

    /// <summary>Nothing to do any more (the ticket moved on, the person opted out); remove it from the queue.</summary>
    Skipped,

    /// <summary>Not due yet: put it back until <see cref="DeliveryResult.RescheduleAt"/>.</summary>
    Rescheduled,
}
