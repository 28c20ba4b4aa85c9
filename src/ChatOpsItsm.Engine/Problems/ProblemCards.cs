using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Problems;

/// <summary>The problem card: its facts, linked incidents, root cause, workaround, resolution, recent history and the buttons its viewer may use.</summary>
public sealed class ProblemCards(IOptions<ItsmOptions> options)
{
    private const int HistoryLines = 10;

    public Card Render(Problem problem, Person viewer, IReadOnlyList<AuditEvent>? history = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(viewer);
        List<CardFact> facts =
        [
            new("State", ProblemStates.DisplayName(problem.State)),
            new("Service", problem.Service),
            new("Incidents", problem.Incidents.Count == 0 ? "none linked" : string.Join(", ", problem.Incidents)),
            new("Raised by", problem.RequesterName),
            new("Raised", SlaText.Stamp(problem.CreatedAt)),
        ];
        string? baseUrl = options.Value.PublicBaseUrl?.TrimEnd('/');
        return new Card($"{problem.Id} · {problem.Title}", facts, Body(problem, history), Buttons(problem, viewer), [])
        {
            Link = baseUrl is null ? null : $"{baseUrl}/api/tickets/{problem.Id}",
        };
    }

    private static string? Body(Problem problem, IReadOnlyList<AuditEvent>? history)
    {
        List<string?> parts =
        [
            problem.RootCause is { } cause ? $"**Root cause:** {cause}" : null,
            problem.Workaround is { } workaround ? $"**Workaround:** {workaround}" : null,
            problem.Resolution is { } resolution ? $"**Resolution:** {resolution}" : null,
        ];
        if (history is { Count: > 0 })
        {
            IEnumerable<string> lines = history.TakeLast(HistoryLines).Select(e => $"- {SlaText.Stamp(e.At)} · {e.ActorName} · {Describe(e)}");
            parts.Add("**History**\n" + string.Join('\n', lines));
        }

        string body = string.Join("\n\n", parts.OfType<string>());
        return body.Length == 0 ? null : body;
    }

    private static string Describe(AuditEvent e)
    {
        string changes = string.Join(", ", e.Changes
            .Where(c => c.Field is "state" or "incident")
            .Select(c => $"{c.Field} {c.OldValue ?? "—"} → {c.NewValue ?? "—"}"));
        string text = e.Text is null ? "" : $": {(e.Text.Length > 120 ? e.Text[..120] + "…" : e.Text)}";
        return changes.Length == 0 ? $"{e.Action}{text}" : $"{e.Action} ({changes}){text}";
    }

    private static List<CardButton> Buttons(Problem problem, Person viewer)
    {
        List<CardButton> buttons = [];
        Dictionary<string, string> data = new() { ["id"] = problem.Id.ToString() };
        void Offer(ProblemOperation operation, string label, string actionId, ButtonStyle style = ButtonStyle.Default)
        {
            if (ProblemPermissions.MayAct(viewer, operation))
            {
                buttons.Add(new CardButton(label, actionId, data, style));
            }
        }

        switch (problem.State)
        {
            case ProblemState.New:
                Offer(ProblemOperation.RootCause, "Root cause", "form.problem.rootcause", ButtonStyle.Primary);
                Offer(ProblemOperation.Workaround, "Workaround", "form.problem.workaround");
                break;
            case ProblemState.RootCauseAnalysis:
                Offer(ProblemOperation.Workaround, "Workaround", "form.problem.workaround", ButtonStyle.Primary);
                Offer(ProblemOperation.Resolve, "Resolve", "form.problem.resolve");
                break;
            case ProblemState.KnownError:
                Offer(ProblemOperation.Resolve, "Resolve", "form.problem.resolve", ButtonStyle.Primary);
                break;
            case ProblemState.Resolved:
                Offer(ProblemOperation.Close, "Close", "problem.close", ButtonStyle.Primary);
                break;
            default:
                break;
        }

        return buttons;
    }
}
