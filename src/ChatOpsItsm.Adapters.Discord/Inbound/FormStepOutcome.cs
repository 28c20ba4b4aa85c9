using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>What a step's submission led to: an answer to send now, or (after the last step) the whole form for the engine.</summary>
internal sealed record FormStepOutcome(JsonInteractionResponse? Answer, InboundFormSubmission? Submission)
{
    public static FormStepOutcome Answered(JsonInteractionResponse answer) => new(answer, null);

    public static FormStepOutcome Completed(InboundFormSubmission submission) => new(null, submission);
}
