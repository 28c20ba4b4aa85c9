using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.TestSupport.Builders;

/// <summary>Builds an <see cref="ActionContext"/>: by default the agent local:bob in local:general at <see cref="BuilderDefaults.Instant"/>.</summary>
public sealed class ActionContextBuilder
{
    private UserIdentity _actor = BuilderDefaults.Agent;
    private string _actorName = BuilderDefaults.AgentName;
    private string _channel = BuilderDefaults.Channel;
    private DateTimeOffset _at = BuilderDefaults.Instant;

    public static ActionContextBuilder AnActionContext() => new();

    public ActionContextBuilder By(UserIdentity actor, string actorName)
    {
        _actor = actor;
        _actorName = actorName;
        return this;
    }

    public ActionContextBuilder InChannel(string channel)
    {
        _channel = channel;
        return this;
    }

    public ActionContextBuilder At(DateTimeOffset at)
    {
        _at = at;
        return this;
    }

    public ActionContext Build() => new(_actor, _actorName, _channel, _at);
}
