using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Notifications;

/// <summary>
/// <c>notify off|on</c>: a person's opt-out of non-essential notifications (state changes of their incidents, SLA
/// warnings). What needs them stays on: assignments to them and SLA breaches. <c>notify</c> alone shows the setting.
/// </summary>
public sealed class NotifyHandler(INotificationPreferences preferences)
{
    private const string WhatStaysOn = "assignments to you and SLA breaches on your incidents";

    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.FirstProblem() is { } problem)
        {
            return Say(problem);
        }

        UserIdentity person = context.Person.PrimaryIdentity;
        switch (arguments.Text("setting")?.ToLowerInvariant())
        {
            case "off":
                await preferences.SetWantsNonEssentialAsync(person, false, cancellationToken);
                return Say($"Notifications are now **off**. You'll still hear of {WhatStaysOn}. `notify on` turns the rest back on.");
            case "on":
                await preferences.SetWantsNonEssentialAsync(person, true, cancellationToken);
                return Say("Notifications are now **on**: you'll hear of every state change of your incidents, and of SLA warnings.");
            default:
                bool wants = await preferences.WantsNonEssentialAsync(person, cancellationToken);
                return Say(wants
                    ? "Notifications are **on**: you hear of every state change of your incidents, and of SLA warnings. "
                        + $"`notify off` keeps only {WhatStaysOn}."
                    : $"Notifications are **off**: you only hear of {WhatStaysOn}. `notify on` turns the rest back on.");
        }
    }

    private static EngineResponse Say(string text) => EngineResponse.Of(Reply.Say(text));
}
