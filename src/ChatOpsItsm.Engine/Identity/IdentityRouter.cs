using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;

namespace ChatOpsItsm.Engine.Identity;

/// <summary>The identity commands, <c>link</c> and <c>unlink</c>, to their handlers.</summary>
public sealed class IdentityRouter(LinkHandler link, UnlinkHandler unlink)
{
    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Command.ActionId switch
        {
            "link" => await link.HandleAsync(arguments, context, cancellationToken),
            "unlink" => await unlink.HandleAsync(arguments, context, cancellationToken),
            _ => throw new InvalidOperationException($"No identity handler for '{arguments.Command.Path}'."),
        };
    }
}
