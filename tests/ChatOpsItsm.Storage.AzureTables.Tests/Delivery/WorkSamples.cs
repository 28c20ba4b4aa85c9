using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Timers;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Delivery;

/// <summary>Work items as the engine makes them: a plain DM, a card to a route with every card part, a timer.</summary>
internal static class WorkSamples
{
    /// <summary>Text the tests check never reaches a log line.</summary>
    public const string PrivateText = "Your incident INC-1001 (printer on fire, call +44 1234 5678) is now Resolved.";

    public static UserIdentity Alice { get; } = new("local", "alice");

    public static TicketId Incident { get; } = new(TicketType.Incident, TicketId.FirstNumber);

    public static NotificationWork Notification(string workId, DateTimeOffset notBefore) =>
        new(workId, notBefore, DeliveryTarget.ToPerson(Alice), Reply.Say(PrivateText), null, Essential: false);

    public static NotificationWork CardToConversation(string workId, DateTimeOffset notBefore)
    {
        Card card = new(
            "INC-1001 · Printer on fire 😀",
            [new CardFact("State", "In Progress"), new CardFact("Priority", "P1")],
            "It's \"broken\" 100% | a/b \\ #? <b>&amp;</b>",
            [
                new CardButton("Resolve", "incident.resolve", new Dictionary<string, string> { ["id"] = "INC-1001", ["note"] = "x'y" }, ButtonStyle.Primary),
                new CardButton("Cancel", "incident.cancel", new Dictionary<string, string>(), ButtonStyle.Danger),
            ],
            [
                new CardInput("resolution", "Resolution", InputKind.MultilineText, true, null, 4000, []) { Placeholder = "What fixed it?" },
                new CardInput("urgency", "Urgency", InputKind.Choice, false, "high", 10, ["low", "medium", "high"]),
            ])
        {
            Link = "http://localhost/api/tickets/INC-1001",
        };
        return new NotificationWork(
            workId,
            notBefore,
            DeliveryTarget.ToConversation(new ConversationAddress("teams", "19:abc|def@thread.v2")),
            Reply.Show(card, "New **P1** incident"),
            "vote-card:INC-1001",
            Essential: true);
    }

    public static TimerWork Timer(string workId, DateTimeOffset notBefore) => new(workId, notBefore, TimerKind.ResolutionBreach, Incident);
}
