using System.Globalization;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// <c>major update|note|mitigate|resolve|snooze</c>: the domain step through <see cref="MajorUpdater"/>, which asks
/// <see cref="MajorPermissions"/> first; a refusal is the domain's sentence. Replies are one line naming the incident.
/// </summary>
public sealed class MajorRunHandler(MajorUpdater updater, MajorSettings settings)
{
    /// <summary>What <c>major mitigate</c> records when no text is given: the domain wants one on the timeline.</summary>
    public const string DefaultMitigation = "Impact mitigated.";

    private delegate DomainResult Step(Incident incident);

    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        (TicketId? id, EngineResponse? wrong) = MajorReplies.IncidentId(arguments);
        if (id is null)
        {
            return wrong!;
        }

        string text = arguments.Text(arguments.Command.Name == "resolve" ? "summary" : "text") ?? "";
        (MajorOperation operation, Step? step, string? refusal) = arguments.Command.Name switch
        {
            "update" => (MajorOperation.Run, (Step)(i => i.PostStatusUpdate(text, context.Action)), null),
            "note" => (MajorOperation.Record, (Step)(i => i.AddTimelineEntry(text, context.Action)), null),
            "mitigate" => (MajorOperation.Run, (Step)(i => i.MarkMitigated(text.Length == 0 ? DefaultMitigation : text, context.Action)), null),
            "resolve" => (MajorOperation.Run, (Step)(i => i.ResolveMajor(text, context.Action)), null),
            "snooze" => Snooze(arguments, context),
            _ => throw new InvalidOperationException($"'{arguments.Command.Path}' is not a major incident step."),
        };
        if (step is null)
        {
            return MajorReplies.Say(refusal!);
        }

        IncidentUpdate update = await updater.UpdateAsync(id.Value, operation, i => step(i), context, cancellationToken);
        return update.Status == IncidentUpdateStatus.Saved
            ? MajorReplies.Say(Confirmation(arguments.Command.Name!, update.Incident!, context.Now))
            : MajorReplies.Failure(update, id.Value);
    }

    /// <summary>The snooze periods <c>major snooze</c> accepts, as the reminder's buttons send them.</summary>
    public static bool TryReadPeriod(string? text, out TimeSpan period)
    {
        period = (text ?? "").Trim().ToLowerInvariant() switch
        {
            "30m" => TimeSpan.FromMinutes(30),
            "1h" => TimeSpan.FromHours(1),
            "2h" => TimeSpan.FromHours(2),
            _ => TimeSpan.Zero,
        };
        return period > TimeSpan.Zero;
    }

    private static (MajorOperation, Step?, string?) Snooze(CommandArguments arguments, CommandContext context) =>
        TryReadPeriod(arguments.Text("for"), out TimeSpan period)
            ? (MajorOperation.Run, i => i.SnoozeCadence(period, context.Action), null)
            : (MajorOperation.Run, null, $"For how long: 30m, 1h or 2h? Usage: `{arguments.Command.Usage}`");

    private string Confirmation(string command, Incident incident, DateTimeOffset now)
    {
        MajorIncident major = incident.Major!;
        return command switch
        {
            "update" => $"Status update {major.UpdateCount.ToString(CultureInfo.InvariantCulture)} on **{incident.Id}** goes to {Audience(major)}. "
                + $"The next one is due {Due(major, now)}.",
            "note" => $"Added to **{incident.Id}**'s timeline.",
            "mitigate" => $"**{incident.Id}** is mitigated as of {SlaText.Stamp(major.MitigatedAt ?? now)}. "
                + $"Once the cause is fixed: `major resolve {incident.Id} <summary>`.",
            "resolve" => $"**{incident.Id}** is resolved and its status updates have stopped. The post-incident review: `major review {incident.Id}`.",
            _ => $"Update reminders for **{incident.Id}** are snoozed until {SlaText.Stamp(major.SnoozedUntil ?? now)}.",
        };
    }

    /// <summary>
    /// Where the update goes, as the outbound work sends it: the war room (open, or opening under its parent) and each
    /// stakeholder route that is not the war room itself.
    /// </summary>
    private string Audience(MajorIncident major)
    {
        string? warRoom = major.WarRoom ?? major.WarRoomParent;
        int stakeholders = settings.StakeholderRoutes.Count(r => r.ToString() != major.WarRoom);
        int routes = (warRoom is null ? 0 : 1) + stakeholders;
        if (routes == 0)
        {
            return "no route (there is no war room and no stakeholder route is configured), so it is on the timeline only";
        }

        List<string> parts = [];
        if (warRoom is not null)
        {
            parts.Add("the war room");
        }

        if (stakeholders > 0)
        {
            parts.Add(stakeholders == 1 ? "1 stakeholder route" : $"{stakeholders.ToString(CultureInfo.InvariantCulture)} stakeholder routes");
        }

        string count = routes == 1 ? "1 route" : $"{routes.ToString(CultureInfo.InvariantCulture)} routes";
        return $"{count}: {string.Join(" and ", parts)}";
    }

    private static string Due(MajorIncident major, DateTimeOffset now) =>
        major.NextUpdateDueAt is { } due ? $"in {SlaText.Span(due - now)} ({SlaText.Stamp(due)})" : "never: it has ended";
}
