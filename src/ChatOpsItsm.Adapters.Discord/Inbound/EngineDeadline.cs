using ChatOpsItsm.Adapters.Discord.Configuration;
using ChatOpsItsm.Engine.Conversation;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// Discord's 3-second rule (brief §3): the first response must arrive within 3 s or the token is void. The engine
/// gets <c>Discord:DeferAfter</c> to answer inline; past that the caller acknowledges at once and the engine's answer
/// goes to the <c>late</c> callback when it comes, tracked by <see cref="PendingInteractions"/>.
/// </summary>
internal sealed class EngineDeadline(
    ConversationEngine engine, PendingInteractions pending, IOptions<DiscordOptions> options, TimeProvider timeProvider)
{
    public TimeSpan DeferAfter => options.Value.DeferAfter;

    /// <returns>The engine's response when it finished in time; null when the interaction must be acknowledged now.</returns>
    public async Task<EngineResponse?> RunAsync(
        InboundEvent inbound, Func<EngineResponse, CancellationToken, Task> late, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(late);

        // The command must finish even if Discord hangs up: the engine never sees the request's token.
        Task<EngineResponse> handling = engine.HandleAsync(inbound, CancellationToken.None);
        if (!handling.IsCompleted)
        {
            using CancellationTokenSource wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // A cancelled request ends the wait like the deadline does (WhenAny never throws), and the answer goes late.
            await Task.WhenAny(handling, Task.Delay(options.Value.DeferAfter, timeProvider, wait.Token));
            await wait.CancelAsync();
        }

        if (handling.IsCompleted)
        {
            return await handling;
        }

        pending.Track(inbound.EventId, AnswerLateAsync(handling, late));
        return null;
    }

    private async Task AnswerLateAsync(Task<EngineResponse> handling, Func<EngineResponse, CancellationToken, Task> late)
    {
        EngineResponse response = await handling;
        await late(response, pending.Stopping);
    }
}
