using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Discord.Tests.Cards;

/// <summary>Neutral cards shaped like the engine's own (IncidentCards, IntakeDialogs, FormFactory), with Discord-sized ids.</summary>
internal static class SampleCards
{
    public const string DialogId = "5f0c2d1e9a8b4c7d8e6f5a4b3c2d1e0f";
    public const string Link = "https://itsm.example.com/api/tickets/INC-1001";

    public static Card Incident(string id = "INC-1001") => new(
        $"{id} · VPN gateway drops connections",
        [
            new("State", "In Progress"),
            new("Priority", "P2 (impact high, urgency medium)"),
            new("Service", "vpn"),
            new("Requester", "Ana Diaz"),
            new("Assignee", "Ben Ode"),
            new("Response", "met 2026-01-05 09:12 UTC"),
        ],
        "Users in EMEA lose the VPN every ten minutes since the `vpn-gw-2` patch.\n\n**History**\n- 2026-01-05 09:00 UTC · Ana Diaz · reported",
        [
            Button("Resolve", "form.incident.resolve", id, ButtonStyle.Primary),
            Button("Add note", "form.incident.note", id),
            Button("Put on hold", "form.incident.hold", id),
            new("Assign to me", "incident.assign", new Dictionary<string, string> { ["id"] = id, ["user"] = "me" }),
        ],
        [])
    {
        Link = $"https://itsm.example.com/api/tickets/{id}",
    };

    public static Card ReportForm()
    {
        Dictionary<string, string> data = new() { ["dialog"] = DialogId };
        return new Card(
            "Report an incident",
            [],
            null,
            [new("Report", "incident.report", data, ButtonStyle.Primary), new("Cancel", "intake.cancel", data)],
            [
                new("title", "Title", InputKind.Text, true, "Outlook keeps asking for my password", 200, []),
                new("service", "Service", InputKind.Choice, true, null, 80, ["email", "vpn"]),
                new("impact", "Impact", InputKind.Choice, false, "low", 20, ["high", "medium", "low"]),
                new("description", "Description", InputKind.MultilineText, false, null, 4000, []),
            ]);
    }

    /// <summary>An incident card whose body makes the embed exactly <paramref name="total"/> characters before cutting.</summary>
    public static Card WithBodyMakingTotal(int total, string? link = Link)
    {
        // Two long facts keep the body under the 4096 description limit, so only the 6000 total is tested.
        Card card = Incident() with { Link = link, Body = "", Facts = [.. Incident().Facts, new("Notes", Text(1000)), new("Workaround", Text(1000))] };
        int others = card.Title.Length + card.Facts.Sum(f => f.Label.Length + f.Value.Length) + "ChatOps ITSM · INC-1001".Length;
        return card with { Body = Text(total - others) };
    }

    public static Card WithButtons(int count) => new(
        "INC-1001 · Many buttons",
        [],
        null,
        [.. Enumerable.Range(1, count).Select(i => Button($"Action {i}", $"incident.act{i}", "INC-1001"))],
        []);

    /// <summary>Words of five letters and a space: a boundary every six characters.</summary>
    public static string Text(int length) => string.Concat(Enumerable.Repeat("abcde ", (length / 6) + 1))[..length];

    private static CardButton Button(string label, string actionId, string id, ButtonStyle style = ButtonStyle.Default) =>
        new(label, actionId, new Dictionary<string, string> { ["id"] = id }, style);
}
