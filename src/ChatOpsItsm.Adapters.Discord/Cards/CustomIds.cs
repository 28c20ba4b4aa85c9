using System.Text;

namespace ChatOpsItsm.Adapters.Discord.Cards;

/// <summary>
/// A component's <c>custom_id</c> is the only state a click brings back (brief §4), so it carries the engine's action
/// id and the button's data: <c>v1:incident.assign:id=INC-1001;user=me</c>. At most 100 characters; <c>%</c>, <c>:</c>,
/// <c>;</c> and <c>=</c> inside names and values are percent-escaped. It is not secret and not trusted: the engine
/// checks who may do what on every click, exactly as for a typed command.
/// </summary>
internal static class CustomIds
{
    public const int MaxLength = 100;

    private const string Version = "v1";

    /// <summary>The custom id, or null when it would be longer than Discord allows.</summary>
    public static string? Encode(string actionId, IReadOnlyDictionary<string, string> data)
    {
        ArgumentException.ThrowIfNullOrEmpty(actionId);
        ArgumentNullException.ThrowIfNull(data);
        StringBuilder builder = new StringBuilder(Version).Append(':').Append(Escape(actionId)).Append(':');
        bool first = true;
        foreach ((string name, string value) in data.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                builder.Append(';');
            }

            builder.Append(Escape(name)).Append('=').Append(Escape(value));
            first = false;
        }

        return builder.Length <= MaxLength ? builder.ToString() : null;
    }

    /// <summary>Reads a custom id this version wrote; false for anything else (an old layout, a forged or cut value).</summary>
    public static bool TryDecode(string? customId, out string actionId, out IReadOnlyDictionary<string, string> data)
    {
        actionId = "";
        data = new Dictionary<string, string>();
        if (string.IsNullOrEmpty(customId) || customId.Length > MaxLength)
        {
            return false;
        }

        string[] parts = customId.Split(':');
        if (parts.Length != 3 || parts[0] != Version || parts[1].Length == 0
            || !TryUnescape(parts[1], out string action))
        {
            return false;
        }

        Dictionary<string, string> values = new(StringComparer.Ordinal);
        if (parts[2].Length > 0)
        {
            foreach (string pair in parts[2].Split(';'))
            {
                string[] sides = pair.Split('=');
                if (sides.Length != 2 || sides[0].Length == 0
                    || !TryUnescape(sides[0], out string name) || !TryUnescape(sides[1], out string value)
                    || !values.TryAdd(name, value))
                {
                    return false;
                }
            }
        }

        actionId = action;
        data = values;
        return true;
    }

    private static string Escape(string text)
    {
        StringBuilder builder = new(text.Length);
        foreach (char c in text)
        {
            _ = c is '%' or ':' or ';' or '='
                ? builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture))
                : builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool TryUnescape(string text, out string result)
    {
        result = "";
        StringBuilder builder = new(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '%')
            {
                builder.Append(text[i]);
                continue;
            }

            if (i + 2 >= text.Length)
            {
                return false;
            }

            if (!int.TryParse(text.AsSpan(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out int code))
            {
                return false;
            }

            builder.Append((char)code);
            i += 2;
        }

        result = builder.ToString();
        return true;
    }
}
