using System.Globalization;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Identity;

/// <summary>
/// <c>link</c>: without a code, issues a one-time code bound to the asking identity and sends it by direct message (never
/// into the conversation the command was typed in, which may be a shared channel where a bystander could redeem it and
/// take the asker's roles); with one, typed on another platform, joins the typing identity to the asker's person (the
/// asker's primary identity stays primary).
/// </summary>
public sealed class LinkHandler(IIdentityLinks links, IWorkScheduler scheduler, IOptions<ItsmOptions> options)
{
    private const int IssueAttempts = 3;

    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        string? typed = arguments.Text("code");
        if (typed is null)
        {
            return await IssueAsync(context, cancellationToken);
        }

        return LinkCode.TryParse(typed, out LinkCode code)
            ? await RedeemAsync(code, context, cancellationToken)
            : Say($"`{(typed.Length <= 20 ? typed : typed[..20])}` is not a link code: codes are {LinkCode.Length} letters and digits, as `link` gave them.");
    }

    private async Task<EngineResponse> IssueAsync(CommandContext context, CancellationToken cancellationToken)
    {
        TimeSpan lifetime = options.Value.LinkCodeLifetime;
        UserIdentity asker = context.Event.User.Identity;
        for (int attempt = 0; attempt < IssueAttempts; attempt++)
        {
            LinkCode code = LinkCode.New();
            if (await links.IssueCodeAsync(code, asker, context.Now + lifetime, cancellationToken))
            {
                Reply secret = Reply.Say($"Your link code is **{code}**. On your other platform (not {asker.Platform}), type `link {code}` within "
                    + $"{Describe(lifetime)}: that identity joins you, with your roles and tickets. The code works once; don't share it.");
                await scheduler.ScheduleAsync(
                    new NotificationWork($"link-code:{code}", context.Now, DeliveryTarget.ToPerson(asker), secret, MessageKey: null, Essential: true),
                    cancellationToken);
                return Say($"I sent you a one-time link code in a direct message. It is valid for {Describe(lifetime)}.");
            }
        }

        throw new InvalidOperationException("Could not draw an unused link code.");
    }

    private async Task<EngineResponse> RedeemAsync(LinkCode code, CommandContext context, CancellationToken cancellationToken)
    {
        UserIdentity typer = context.Event.User.Identity;
        PendingLink? pending = await links.FindCodeAsync(code, cancellationToken);
        if (pending is null || pending.ExpiresAt <= context.Now)
        {
            string why = pending is null ? "is unknown or was already used" : "has expired";
            return Say($"That code {why}. Type `link` where you are already known for a new one, then type it here.");
        }

        if (pending.Requester == typer || pending.Requester.Platform == typer.Platform)
        {
            return Say($"A link code joins identities on two platforms: type `link {code}` on your other platform, not on {typer.Platform}.");
        }

        if (await RefusalAsync(pending.Requester, context.Person, typer, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        return await links.RedeemAsync(pending, typer, cancellationToken) switch
        {
            LinkOutcome.Linked => Say($"Linked: `{typer}` is now the same person as `{pending.Requester}`. Your roles and tickets follow; `whoami` lists your identities."),
            LinkOutcome.CodeUsed => Say("That code is unknown or was already used. Type `link` where you are already known for a new one."),
            LinkOutcome.AlreadyLinked => AlreadyLinked(typer),
            _ => Say("Your identities changed at the same moment, so nothing was linked. Type `link` again for a new code."),
        };
    }

    /// <summary>Why the typing identity cannot join the asker: it is one of theirs already, or someone's (linked) identity.</summary>
    private async Task<EngineResponse?> RefusalAsync(UserIdentity asker, Person typing, UserIdentity typer, CancellationToken cancellationToken)
    {
        LinkedIdentities? askers = await links.FindAsync(asker, cancellationToken);
        if (askers is not null && askers.Identities.Contains(typer))
        {
            return Say($"`{typer}` is already linked to you; nothing to do.");
        }

        return typing.Identities.Count > 1 ? AlreadyLinked(typer) : null;
    }

    private static EngineResponse AlreadyLinked(UserIdentity typer) =>
        Say($"`{typer}` is already linked to a person. To move it, first type `unlink {typer}` as that person (or ask an admin), then use a new code.");

    private static string Describe(TimeSpan lifetime) =>
        lifetime.TotalMinutes % 1 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{lifetime.TotalMinutes:0} minutes")
            : string.Create(CultureInfo.InvariantCulture, $"{lifetime.TotalSeconds:0} seconds");

    private static EngineResponse Say(string text) => EngineResponse.Of(Reply.Say(text));
}
