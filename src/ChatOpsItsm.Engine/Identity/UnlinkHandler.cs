using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Identity;

/// <summary><c>unlink &lt;platform:id&gt;</c>: removes a secondary identity of your own; admins may unlink anyone's.</summary>
public sealed class UnlinkHandler(IIdentityLinks links)
{
    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.Text("identity") is null)
        {
            return Say($"Which identity? Usage: `{arguments.Command.Usage}` (`whoami` lists yours).");
        }

        (UserIdentity? target, string? problem) = arguments.User("identity", context.Event.User.Identity);
        if (target is not { } identity)
        {
            return Say(problem ?? "Which identity?");
        }

        LinkedIdentities? linked = await links.FindAsync(identity, cancellationToken);
        if (linked is null)
        {
            return Say($"`{identity}` is not linked to anyone.");
        }

        if (linked.Primary != context.Person.PrimaryIdentity && !context.Person.HasRole(Role.Admin))
        {
            return Say($"`{identity}` is not one of your identities; only admins unlink other people's.");
        }

        return await links.UnlinkAsync(identity, cancellationToken) switch
        {
            UnlinkOutcome.Unlinked => Say($"Unlinked `{identity}`: it is a person of its own again, with only the roles configured for it."),
            UnlinkOutcome.NotLinked => Say($"`{identity}` is not linked to anyone."),
            UnlinkOutcome.IsPrimary => Say($"`{identity}` is the primary identity: unlink the other identities instead (`whoami` lists them)."),
            _ => Say("The identities changed at the same moment, so nothing was unlinked. Please try again."),
        };
    }

    private static EngineResponse Say(string text) => EngineResponse.Of(Reply.Say(text));
}
