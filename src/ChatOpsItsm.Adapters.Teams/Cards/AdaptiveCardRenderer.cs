using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Teams.Protocol;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Teams.Cards;

/// <summary>
/// Renders the engine's neutral <see cref="Card"/> as an Adaptive Card 1.5, the newest version Teams renders
/// (brief §5.1): the title, a FactSet, the body as Markdown, the form's inputs, then one ActionSet with the
/// buttons and the link to the ticket. Long text is shortened so the card stays within
/// <see cref="MaxCardBytes"/>, and a notice says where the full text is.
/// </summary>
internal static class AdaptiveCardRenderer
{
    public const string ContentType = JsonAttachment.AdaptiveCardContentType;
    public const string SchemaVersion = "1.5";

    /// <summary>
    /// The card's budget, measured as escaped JSON (the largest encoding): under the 28 KB that every Teams
    /// path accepts (brief §5.6), with room left for the activity around it.
    /// </summary>
    public const int MaxCardBytes = 24 * 1024;

    private const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";
    private const int TitleMaxLength = 300;
    private const int FactValueMaxLength = 500;
    private const int BodyMaxLength = 12_000;
    private const int ShrinkAttempts = 8;

    /// <summary>The attachment: <c>{ "contentType": "application/vnd.microsoft.card.adaptive", "content": card }</c>.</summary>
    public static JsonObject RenderAttachment(Card card) => new()
    {
        ["contentType"] = ContentType,
        ["content"] = RenderCard(card),
    };

    /// <summary>The same attachment as the wire model, for an outbound activity.</summary>
    public static JsonAttachment RenderWireAttachment(Card card) => new()
    {
        ContentType = ContentType,
        Content = JsonSerializer.SerializeToElement(RenderCard(card), TeamsJsonContext.Default.JsonObject),
    };

    /// <summary>The AdaptiveCard object alone, e.g. for the value of an <c>adaptiveCard/action</c> invoke response.</summary>
    public static JsonObject RenderCard(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        string body = card.Body is null ? "" : TeamsMarkdown.ForCard(card.Body);
        Limits limits = new(Math.Min(body.Length, BodyMaxLength), FactValueMaxLength);
        for (int attempt = 1; ; attempt++)
        {
            JsonObject rendered = Build(card, body, limits);
            int size = SizeOf(rendered);
            if (size <= MaxCardBytes || attempt == ShrinkAttempts)
            {
                return rendered;
            }

            limits = limits.Shrunk((double)MaxCardBytes / size);
        }
    }

    public static int SizeOf(JsonObject card) => JsonSerializer.SerializeToUtf8Bytes(card, TeamsJsonContext.Default.JsonObject).Length;

    private static JsonObject Build(Card card, string body, Limits limits)
    {
        bool shortened = false;
        string Fit(string text, int maxLength)
        {
            string fitted = Truncation.Shorten(text, maxLength);
            shortened |= !ReferenceEquals(fitted, text);
            return fitted;
        }

        JsonArray elements =
        [
            new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = Fit(TeamsMarkdown.ForCard(card.Title), TitleMaxLength),
                ["style"] = "heading",
                ["size"] = "Medium",
                ["weight"] = "Bolder",
                ["wrap"] = true,
            },
        ];
        if (card.Facts.Count > 0)
        {
            elements.Add(new JsonObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JsonArray([.. card.Facts.Select(f => (JsonNode)new JsonObject
                {
                    ["title"] = f.Label,
                    ["value"] = Fit(TeamsMarkdown.ForCard(f.Value), limits.FactValue),
                })]),
            });
        }

        if (body.Length > 0 && limits.Body > 0)
        {
            elements.Add(TextBlock(Fit(body, limits.Body)));
        }

        shortened |= body.Length > 0 && limits.Body <= 0;
        if (shortened)
        {
            JsonObject notice = TextBlock(Truncation.Notice(card));
            notice["isSubtle"] = true;
            notice["size"] = "Small";
            elements.Add(notice);
        }

        foreach (CardInput input in card.Inputs)
        {
            elements.Add(CardInputs.Render(input));
        }

        if (Actions(card) is { Count: > 0 } actions)
        {
            elements.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = actions });
        }

        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = SchemaVersion,
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = elements,
        };
    }

    private static JsonArray Actions(Card card)
    {
        JsonArray actions = [.. card.Buttons.Select(b => (JsonNode)CardActions.Execute(b, card.IsForm))];
        if (CardActions.OpenUrl(card.Link) is { } openUrl)
        {
            actions.Add(openUrl);
        }

        return actions;
    }

    private static JsonObject TextBlock(string text) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["wrap"] = true,
    };

    /// <summary>How long the body and each fact value may be; the body gives way first.</summary>
    private readonly record struct Limits(int Body, int FactValue)
    {
        private const int SmallestBody = 200;
        private const int SmallestFactValue = 80;

        public Limits Shrunk(double ratio)
        {
            int body = (int)(Body * ratio * 0.9);
            return body >= SmallestBody
                ? this with { Body = body }
                : new Limits(0, Math.Max(SmallestFactValue, (int)(FactValue * ratio * 0.9)));
        }
    }
}
