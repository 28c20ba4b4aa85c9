using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Delivery;

/// <summary>An interaction reply as the Discord adapter queues it: a made-up token, several replies, one with every card part.</summary>
internal static class InteractionReplySamples
{
    /// <summary>Not a real token; tests check it never reaches a log line or a listing.</summary>
    public const string Token = "aW50ZXJhY3Rpb246MTE4NzMzMTE1NDU0MTM2NzMzNjpTRUNSRVQ.TOKEN-SECRET-PART";

    public static ConversationAddress Channel { get; } = new("discord", "998877665544332211");

    public static InteractionReplyWork Reply(
        string workId, DateTimeOffset notBefore, InteractionReplyMode mode = InteractionReplyMode.ReplacePlaceholder)
    {
        Card card = WorkSamples.CardToConversation(workId, notBefore).Message.Card!;
        return new InteractionReplyWork(
            workId,
            notBefore,
            Channel,
            Token,
            notBefore.ToOffset(TimeSpan.FromHours(-5)).AddMinutes(15).AddTicks(7),
            [
                Engine.Replies.Reply.Show(card, "Reported **INC-1001** (P1)."),
                Engine.Replies.Reply.Say("I'll keep you posted here."),
                Engine.Replies.Reply.Show(card with { Buttons = [], Inputs = [], Link = null }),
            ],
            mode);
    }
}
