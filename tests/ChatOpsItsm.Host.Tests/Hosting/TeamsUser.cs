namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>A Teams user as activities name them: the bot-scoped <c>29:</c> id, the Entra object id and their 1:1 chat with the bot.</summary>
public sealed record TeamsUser(string Id, string AadObjectId, string Name, string PersonalConversationId)
{
    /// <summary>The requester of the fixtures (brief §8.4): Ana, in <c>a:1personal-xyz</c>.</summary>
    public static TeamsUser Ana { get; } = new("29:1user-a", "11111111-1111-1111-1111-111111111111", "Ana Diaz", "a:1personal-xyz");

    /// <summary>An agent (<see cref="TeamsFakes.Settings"/> gives him the role), in a chat of his own.</summary>
    public static TeamsUser Bob { get; } = new("29:1user-b", "33333333-3333-3333-3333-333333333333", "Ben Ode", "a:1personal-bob");

    /// <summary>How the engine names the person: <c>teams:&lt;aadObjectId&gt;</c>.</summary>
    public string Identity => $"teams:{AadObjectId}";
}
