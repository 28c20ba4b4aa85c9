using ChatOpsItsm.Adapters.Teams.Inbound;
using ChatOpsItsm.Adapters.Teams.Protocol;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Teams.Tests.Inbound;

/// <summary>The reply path as the processor sees it: records each reply with the activity it answers, or fails like an unreachable connector.</summary>
internal sealed class RecordingReplies : ITeamsReplies
{
    public List<(string? ActivityId, Reply Reply)> Sent { get; } = [];

    /// <summary>When set, every send throws it.</summary>
    public Exception? Failure { get; set; }

    public Task SendAsync(JsonActivity incoming, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        if (Failure is not null)
        {
            throw Failure;
        }

        lock (Sent)
        {
            Sent.AddRange(replies.Select(r => (incoming.Id, r)));
        }

        return Task.CompletedTask;
    }
}
