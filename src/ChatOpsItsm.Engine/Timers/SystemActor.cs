using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Engine.Timers;

/// <summary>The bot itself, acting when a timer fires (auto-close): <c>system:itsm</c>, "ITSM bot", in <c>system:timers</c>.</summary>
public static class SystemActor
{
    public const string Name = "ITSM bot";

    public const string Channel = "system:timers";

    public static UserIdentity Identity { get; } = new("system", "itsm");

    /// <summary>The audit stamp of a change the bot makes at <paramref name="at"/>.</summary>
    public static ActionContext At(DateTimeOffset at) => new(Identity, Name, Channel, at);
}
