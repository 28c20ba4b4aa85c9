namespace ChatOpsItsm.Storage.AzureTables.Delivery.Json;

/// <summary>The <c>kind</c> of a stored work item, also the <c>Kind</c> property of its outbox and failed rows.</summary>
internal static class WorkKinds
{
    public const string Notification = "notification";

    public const string Timer = "timer";

    public const string InteractionReply = "interaction-reply";

    public const string WarRoom = "war-room";
}
