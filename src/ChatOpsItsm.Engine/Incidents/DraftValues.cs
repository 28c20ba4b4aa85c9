using ChatOpsItsm.Domain.Incidents;

namespace ChatOpsItsm.Engine.Incidents;

/// <summary>Converts between an incident draft and the name/value pairs of commands, forms and dialog state.</summary>
public static class DraftValues
{
    public static IncidentDraft ToDraft(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        string? Get(string key) => values.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value : null;
        return new IncidentDraft(
            Get("title"),
            Get("service"),
            ParseLevel<Impact>(Get("impact")) ?? Impact.Medium,
            ParseLevel<Urgency>(Get("urgency")) ?? Urgency.Medium,
            Get("description"));
    }

    public static Dictionary<string, string> FromDraft(IncidentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase)
        {
            ["impact"] = draft.Impact.ToString().ToLowerInvariant(),
            ["urgency"] = draft.Urgency.ToString().ToLowerInvariant(),
        };
        void Put(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[key] = value;
            }
        }

        Put("title", draft.Title);
        Put("service", draft.Service);
        Put("description", draft.Description);
        return values;
    }

    /// <summary>high / medium / low, case-insensitive; null for anything else.</summary>
    public static T? ParseLevel<T>(string? text)
        where T : struct, Enum =>
        text is not null && Enum.TryParse(text.Trim(), ignoreCase: true, out T level) && Enum.IsDefined(level) && !char.IsAsciiDigit(text.Trim()[0])
            ? level
            : null;
}
