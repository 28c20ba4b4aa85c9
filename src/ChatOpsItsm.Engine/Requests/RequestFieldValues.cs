using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Engine.Commands;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>
/// Reads a request's field values from <c>request new</c>: typed as <c>name:value</c> after the item (the parser leaves
/// them in the <c>fields</c> text), or submitted from the form under their own names. A person field accepts
/// <c>me</c>, <c>@name</c> (on the sender's platform) or <c>platform:id</c>.
/// </summary>
public static class RequestFieldValues
{
    public static Dictionary<string, string> Read(CatalogItem item, IReadOnlyDictionary<string, string> values, UserIdentity sender)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(values);
        Dictionary<string, string> read = new(StringComparer.OrdinalIgnoreCase);
        if (values.TryGetValue("fields", out string? typed))
        {
            foreach (Token token in Tokenizer.Split(typed).Where(t => t.Key is not null))
            {
                read[token.Key!] = token.Value;
            }
        }

        foreach (CatalogField field in item.Fields)
        {
            if (values.TryGetValue(field.Name, out string? given) && !string.IsNullOrWhiteSpace(given))
            {
                read[field.Name] = given;
            }

            if (field.Type == CatalogFieldType.Person && read.TryGetValue(field.Name, out string? person))
            {
                read[field.Name] = Person(person, sender);
            }
        }

        return read;
    }

    /// <summary><c>me</c> is the sender, <c>@name</c> and a bare name are on the sender's platform, <c>platform:id</c> as written.</summary>
    public static string Person(string text, UserIdentity sender)
    {
        string trimmed = (text ?? "").Trim();
        if (trimmed.Equals("me", StringComparison.OrdinalIgnoreCase))
        {
            return sender.ToString();
        }

        string candidate = trimmed.StartsWith('@') ? $"{sender.Platform}:{trimmed[1..]}" : trimmed;
        return candidate.Length == 0 || candidate.Contains(':', StringComparison.Ordinal) ? candidate : $"{sender.Platform}:{candidate}";
    }
}
