using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Help;

/// <summary><c>whoami</c>: the identity the bot sees, the roles it holds and the approver groups it votes in.</summary>
public static class WhoAmIHandler
{
    public static EngineResponse Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Person person = context.Person;
        string roles = string.Join(", ", person.Roles.Order().Select(RoleNames.NameOf));
        // Every linked identity, the primary (the one records name) first.
        string identities = string.Join(", ", person.Identities
            .OrderBy(i => i != person.PrimaryIdentity).ThenBy(i => i.ToString(), StringComparer.Ordinal)
            .Select(i => i == person.PrimaryIdentity && person.Identities.Count > 1 ? $"`{i}` (primary)" : $"`{i}`"));
        string groups = person.ApproverGroups.Count == 0
            ? ""
            : $" Approver groups: {string.Join(", ", person.ApproverGroups.Select(g => g.Name).Order(StringComparer.Ordinal))}.";
        return EngineResponse.Of(Reply.Say($"You are **{person.DisplayName}** ({identities}). Roles: {roles}.{groups}"));
    }
}
