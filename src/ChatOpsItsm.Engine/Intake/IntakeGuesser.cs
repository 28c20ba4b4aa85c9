using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Intake;

/// <summary>
/// Turns a plain message into a proposed incident: its first sentence as the title, the service whose
/// name or keyword it mentions, and urgency and impact from words people use when something is down.
/// A guess, always shown for confirmation.
/// </summary>
public sealed class IntakeGuesser(IOptions<ItsmOptions> options)
{
    private static readonly string[] UrgentWords =
        ["down", "outage", "urgent", "asap", "immediately", "cannot", "can't", "cant", "unable", "not working", "broken", "crash", "emergency"];

    private static readonly string[] RelaxedWords = ["question", "when you can", "no rush", "minor", "cosmetic", "sometime", "low priority"];

    private static readonly string[] WideWords =
        ["everyone", "everybody", "all users", "whole", "entire", "company", "nobody", "no one", "all of us", "the team", "office"];

    private static readonly string[] NarrowWords = ["my", "i", "i'm", "me"];

    public IncidentDraft Guess(string text)
    {
        string body = TextRules.MultiLine(text);
        string lower = " " + body.ToLowerInvariant() + " ";
        string title = Title(body);
        string? description = body.Length > title.Length ? body : null;
        Urgency urgency = ContainsAny(lower, UrgentWords) ? Urgency.High : ContainsAny(lower, RelaxedWords) ? Urgency.Low : Urgency.Medium;
        Impact impact = ContainsAny(lower, WideWords) ? Impact.High : ContainsAny(lower, NarrowWords) ? Impact.Low : Impact.Medium;
        return new IncidentDraft(title, GuessService(lower), impact, urgency, description);
    }

    private static string Title(string body)
    {
        string firstLine = body.Split('\n', 2)[0];
        int stop = SentenceEnd(firstLine);
        string sentence = stop > 10 ? firstLine[..stop] : firstLine;
        string title = TextRules.SingleLine(sentence);
        return title.Length <= IncidentLimits.TitleMaxLength ? title : title[..(IncidentLimits.TitleMaxLength - 1)] + "…";
    }

    /// <summary>The first '.', '!' or '?' that ends a sentence (followed by a space or the end), not one inside a URL or a version.</summary>
    private static int SentenceEnd(string line)
    {
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] is '.' or '!' or '?' && (i == line.Length - 1 || char.IsWhiteSpace(line[i + 1])))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool ContainsAny(string text, string[] words) => words.Any(word => ContainsWord(text, word));

    private string? GuessService(string lower)
    {
        foreach (ServiceOptions service in options.Value.Services)
        {
            IEnumerable<string> words = service.Keywords.Append(service.Name);
            if (words.Any(word => word.Length > 0 && ContainsWord(lower, word.ToLowerInvariant())))
            {
                return service.Name;
            }
        }

        return null;
    }

    private static bool ContainsWord(string text, string word)
    {
        int at = text.IndexOf(word, StringComparison.Ordinal);
        while (at >= 0)
        {
            bool startOk = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            int end = at + word.Length;
            bool endOk = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (startOk && endOk)
            {
                return true;
            }

            at = text.IndexOf(word, at + 1, StringComparison.Ordinal);
        }

        return false;
    }
}
