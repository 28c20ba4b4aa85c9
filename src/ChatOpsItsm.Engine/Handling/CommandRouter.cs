using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Help;
using ChatOpsItsm.Engine.Identity;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.Engine.Releases;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Requests;

namespace ChatOpsItsm.Engine.Handling;

/// <summary>
/// Runs a parsed command, whether typed, clicked or submitted: checks the roles it needs, then hands it
/// to its handler. The one place a command's name meets its code.
/// </summary>
public sealed class CommandRouter(
    HelpHandler help,
    ReportIncidentHandler report,
    ShowIncidentHandler show,
    ListIncidentsHandler list,
    ChangeIncidentHandler change,
    ChangeRouter changes,
    RequestRouter requests,
    ProblemRouter problems,
    ReleaseRouter releases,
    NotifyHandler notify,
    FailedDeliveriesHandler deliveries,
    IdentityRouter identities,
    MajorRouter majors)
{
    public async Task<EngineResponse> RunAsync(
        CommandDefinition command, IReadOnlyDictionary<string, string> values, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (!command.AllowedFor(context.Person))
        {
            return Refusal(command);
        }

        CommandArguments arguments = new(command, values);
        return command.ActionId switch
        {
            "help" => help.Help(context, arguments.FirstProblem() is null ? arguments.Text("topic") : null),
            "whoami" => WhoAmIHandler.Handle(context),
            "link" or "unlink" => await identities.HandleAsync(arguments, context, cancellationToken),
            "incident.report" => await report.HandleAsync(arguments, context, cancellationToken),
            "incident.show" => await show.HandleAsync(arguments, context, cancellationToken),
            "incident.list" => await list.HandleAsync(arguments, context, cancellationToken),
            _ when command.Group == "incident" => await change.HandleAsync(arguments, context, cancellationToken),
            _ when command.Group == "major" => await majors.HandleAsync(arguments, context, cancellationToken),
            _ when command.Group == "change" => await changes.HandleAsync(arguments, context, cancellationToken),
            _ when command.Group == "request" => await requests.HandleAsync(arguments, context, cancellationToken),
            _ when command.Group == "problem" => await problems.HandleAsync(arguments, context, cancellationToken),
            _ when command.Group == "release" => await releases.HandleAsync(arguments, context, cancellationToken),
            "notify" => await notify.HandleAsync(arguments, context, cancellationToken),
            "admin.deliveries" => await deliveries.ListAsync(context, cancellationToken),
            "admin.replay" => await deliveries.ReplayAsync(arguments, context, cancellationToken),
            _ => throw new InvalidOperationException($"No handler for '{command.Path}'."),
        };
    }

    /// <summary>The form behind a button such as "Resolve": one input per parameter the button did not fix.</summary>
    public static EngineResponse Form(CommandDefinition command, IReadOnlyDictionary<string, string> data, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(context);
        if (!command.AllowedFor(context.Person))
        {
            return Refusal(command);
        }

        string verb = command.Name is null ? command.Group : char.ToUpperInvariant(command.Name[0]) + command.Name[1..];
        string subject = data.TryGetValue("id", out string? id) ? $" {id}" : "";
        return EngineResponse.Of(Reply.Show(FormFactory.For(command, verb + subject, data)));
    }

    /// <summary>Names who may use the command: admin-only commands say so, worker commands name agents and on-call.</summary>
    private static EngineResponse Refusal(CommandDefinition command)
    {
        string who = command.RequiredRoles.Any(r => r is Role.Agent or Role.OnCall) ? "agents and on-call engineers" : "admins";
        return EngineResponse.Of(Reply.Say($"Only {who} can use `{command.Path}`."));
    }
}
