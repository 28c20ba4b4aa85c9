using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Releases;

/// <summary><c>release new &lt;title&gt; [service:] [start: end:]</c>: a release in Planning, with no changes yet.</summary>
public sealed class NewReleaseHandler(IReleaseStore store, ReleaseCards cards, ReleaseOutbound outbound)
{
    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        if (!ReleasePermissions.MayAct(context.Person, ReleaseOperation.Create))
        {
            return ReleaseReplies.Say(ReleasePermissions.Explain(ReleaseOperation.Create));
        }

        if (arguments.FirstProblem() is { } problem)
        {
            return ReleaseReplies.Say(problem);
        }

        (DateTimeOffset? start, string? badStart) = Instant(arguments, "start");
        (DateTimeOffset? end, string? badEnd) = Instant(arguments, "end");
        if ((badStart ?? badEnd) is { } unreadable)
        {
            return ReleaseReplies.Say(unreadable);
        }

        ReleaseDraft draft = new(arguments.Text("title"), arguments.Text("service"), start, end);
        IReadOnlyList<DomainError> errors = draft.Validate();
        if (errors.Count > 0)
        {
            return ReleaseReplies.Say(string.Join(' ', errors.Select(e => e.Message)));
        }

        Release release = await store.CreateAsync(
            id => Release.Create(id, draft, context.Action).Release ?? throw new InvalidOperationException("A validated draft was refused."),
            created => outbound.For(created, context.Now),
            cancellationToken);
        string text = $"Planned **{release.Id}**. Add approved changes with `release add {release.Id} <change id>`.";
        return EngineResponse.Of(Reply.Show(cards.Render(release, context.Person), text));
    }

    private static (DateTimeOffset? Instant, string? Problem) Instant(CommandArguments arguments, string name)
    {
        string? text = arguments.Text(name);
        if (text is null)
        {
            return (null, null);
        }

        return ChangeDates.TryParse(text, out DateTimeOffset instant)
            ? (instant, null)
            : (null, $"I can't read the {name} `{(text.Length <= 40 ? text : text[..40] + "…")}`: write it {ChangeCommands.DateHint}.");
    }
}
