using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Incidents;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>Reads a change draft from the name/value pairs of <c>change new</c>, typed or submitted from its form.</summary>
public static class ChangeDraftValues
{
    /// <returns>The draft (type normal, risk and impact medium unless given), or a sentence saying which time is unreadable.</returns>
    public static (ChangeDraft? Draft, string? Problem) ToDraft(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        string? Get(string key) => values.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        (DateTimeOffset? start, string? startProblem) = Instant(Get("start"), "start");
        (DateTimeOffset? end, string? endProblem) = Instant(Get("end"), "end");
        if ((startProblem ?? endProblem) is { } problem)
        {
            return (null, problem);
        }

        return (new ChangeDraft(
            Get("title"),
            Get("description"),
            DraftValues.ParseLevel<ChangeType>(Get("type")) ?? ChangeType.Normal,
            DraftValues.ParseLevel<ChangeRisk>(Get("risk")) ?? ChangeRisk.Medium,
            DraftValues.ParseLevel<Impact>(Get("impact")) ?? Impact.Medium,
            Get("service"),
            start,
            end,
            Get("plan"),
            Get("rollback"),
            Get("template")), null);
    }

    private static (DateTimeOffset? Instant, string? Problem) Instant(string? text, string label)
    {
        if (text is null)
        {
            return (null, null);
        }

        if (ChangeDates.TryParse(text, out DateTimeOffset instant))
        {
            return (instant, null);
        }

        string shown = text.Length <= 40 ? text : text[..40] + "…";
        return (null, $"I can't read the planned {label} `{shown}`: write it as {ChangeCommands.DateHint}.");
    }
}
