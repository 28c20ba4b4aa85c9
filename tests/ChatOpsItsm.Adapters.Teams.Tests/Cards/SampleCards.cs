using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Teams.Tests.Cards;

/// <summary>One neutral card of each kind the engine sends, shaped like the engine's own (IncidentCards, IntakeDialogs, FormFactory).</summary>
internal static class SampleCards
{
    public static Card Incident() => new(
        "INC-1001 · VPN gateway drops connections",
        [
            new("State", "In Progress"),
            new("Priority", "P2 (impact high, urgency medium)"),
            new("Service", "vpn"),
            new("Requester", "Ana Diaz"),
            new("Assignee", "Ben Ode"),
            new("Response", "met 2026-01-05 09:12 UTC"),
            new("Resolution", "due 2026-01-05 17:00 UTC (7 h 48 min left)"),
            new("Reported", "2026-01-05 09:00 UTC"),
        ],
        "Users in EMEA lose the VPN every ten minutes since the `vpn-gw-2` patch.\n\n**History**\n"
        + "- 2026-01-05 09:00 UTC · Ana Diaz · reported\n- 2026-01-05 09:12 UTC · Ben Ode · assigned (state New → In Progress)",
        [
            Button("Resolve", "form.incident.resolve", ButtonStyle.Primary),
            Button("Add note", "form.incident.note"),
            Button("Put on hold", "form.incident.hold"),
        ],
        []);

    public static Card IntakeProposal()
    {
        Dictionary<string, string> data = new() { ["dialog"] = "5f0c2d1e9a8b4c7d8e6f5a4b3c2d1e0f" };
        return new Card(
            "Report this incident?",
            [
                new("Title", "Outlook keeps asking for my password"),
                new("Service", "email"),
                new("Impact", "low"),
                new("Urgency", "medium"),
                new("Priority", "P4"),
            ],
            "**Already open on email:**\n- INC-1004 · P3 · New · Mail delayed for the sales team",
            [
                new("Report", "intake.report", data, ButtonStyle.Primary),
                new("Edit", "intake.edit", data),
                new("Cancel", "intake.cancel", data),
            ],
            []);
    }

    public static Card ReportForm()
    {
        Dictionary<string, string> data = new() { ["dialog"] = "5f0c2d1e9a8b4c7d8e6f5a4b3c2d1e0f" };
        return new Card(
            "Report an incident",
            [],
            null,
            [new("Report", "incident.report", data, ButtonStyle.Primary), new("Cancel", "intake.cancel", data)],
            [
                new("title", "Title", InputKind.Text, true, "Outlook keeps asking for my password", 200, []) { Placeholder = "what is wrong, in a line" },
                new("service", "Service", InputKind.Choice, true, null, 80, ["email", "vpn", "remote desktop"]) { Placeholder = "the affected service" },
                new("impact", "Impact", InputKind.Choice, false, "low", 20, ["high", "medium", "low"]) { Placeholder = "how widely it hurts" },
                new("description", "Description", InputKind.MultilineText, false, null, 4000, []) { Placeholder = "details" },
                new("due", "Needed by", InputKind.Date, false, "2026-01-09", 0, []),
            ]);
    }

    public static Card LongBody(int bodyLength = 50 * 1024) => Incident() with
    {
        Title = "INC-1002 · Printer on floor 3 jams",
        Body = string.Concat(Enumerable.Repeat("The tray jams again after every fifth page. ", (bodyLength / 44) + 1))[..bodyLength],
        Buttons = [Button("Resolve", "form.incident.resolve", ButtonStyle.Primary, "INC-1002")],
    };

    public static Card WithLink() => new(
        "INC-1003 · Wi-Fi down in the lobby",
        [new("State", "Resolved"), new("Priority", "P3 (impact medium, urgency medium)")],
        "**Resolution:** replaced the access point",
        [Button("Close", "incident.close", ButtonStyle.Primary, "INC-1003"), Button("Reopen", "form.incident.reopen", ButtonStyle.Danger, "INC-1003")],
        [])
    {
        Link = "https://itsm.example.com/api/tickets/INC-1003",
    };

    public static IEnumerable<Card> All() => [Incident(), IntakeProposal(), ReportForm(), LongBody(), WithLink()];

    private static CardButton Button(string label, string actionId, ButtonStyle style = ButtonStyle.Default, string id = "INC-1001") =>
        new(label, actionId, new Dictionary<string, string> { ["id"] = id }, style);
}
