using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Help;

/// <summary><c>whoami</c>: the identity the bot sees and the roles it holds.</summary>
public static class WhoAmIHandler
{
    public static EngineResponse Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Person person = context.Person;
        string roles = string.Join(", ", person.Roles.Order().Select(RoleNames.NameOf));
        string identities = string.Join(", ", person.Identities.Select(i => $"`{i}`"));
        return EngineResponse.Of(Reply.Say($"You are **{person.DisplayName}** ({identities}). Roles: {roles}."));
    }
}
