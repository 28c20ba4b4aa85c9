using ChatOpsItsm.Adapters.Discord.Protocol;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// A modal submit's values by custom id (brief §2): a Label (18) holds one <c>component</c>, a legacy action row (1)
/// holds <c>components</c>; a text input reports <c>value</c>, a select <c>values</c> (joined with commas). Text
/// displays and unknown types are skipped.
/// </summary>
internal static class ModalValues
{
    /// <summary>Deeper than any layout Discord sends; stops a hostile tree from recursing without end.</summary>
    private const int MaxDepth = 4;

    public static Dictionary<string, string> Read(IReadOnlyList<JsonComponent>? components)
    {
        Dictionary<string, string> values = new(StringComparer.Ordinal);
        Collect(components, values, 0);
        return values;
    }

    private static void Collect(IReadOnlyList<JsonComponent>? components, Dictionary<string, string> values, int depth)
    {
        if (components is null || depth > MaxDepth)
        {
            return;
        }

        foreach (JsonComponent component in components)
        {
            switch (component.Type)
            {
                case ComponentTypes.Label when component.Component is { } inner:
                    Collect([inner], values, depth + 1);
                    break;
                case ComponentTypes.ActionRow:
                    Collect(component.Components, values, depth + 1);
                    break;
                case ComponentTypes.TextInput when component.CustomId is { Length: > 0 } name:
                    values[name] = component.Value ?? "";
                    break;
                case ComponentTypes.StringSelect when component.CustomId is { Length: > 0 } name:
                    values[name] = string.Join(',', component.Values ?? []);
                    break;
                default:
                    break;
            }
        }
    }
}
