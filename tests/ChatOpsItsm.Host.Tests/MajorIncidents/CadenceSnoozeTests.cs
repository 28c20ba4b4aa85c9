using System.Globalization;
using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.MajorIncidents;

/// <summary>
/// Issue 7 §2: the overdue-update reminder's Snooze button. With a 2-second cadence the commander gets a reminder by
/// direct message; clicking its "Snooze 30 min" holds the reminders (none while three intervals pass) until the next
/// status update, which clears the snooze and restarts the cadence: the reminders resume one interval later.
/// </summary>
public sealed class CadenceSnoozeTests(AzuriteFixture azurite)
{
    private const string Id = "INC-1001";
    private const string Commander = "olga";
    private const string Direct = "dm:" + Commander;
    private const string Overdue = "status update is overdue";

    private static readonly TimeSpan Cadence = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Snooze = TimeSpan.FromMinutes(30);

    [Fact]
    public async Task SnoozeClickedOnTheReminder_NoRemindersUntilTheNextUpdate_ThenTheyResume()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), Settings(azurite.UniqueName("q")));
        LocalChatClient general = new(host.CreateClient(), "general");
        LocalConversationClient conversations = new(host.CreateClient());
        TicketsApiClient tickets = new(host.CreateClient());
        LocalChatResponse declared = await general.SayAsync(Commander, "major declare Payroll down service:email");
        Assert.Contains($"Opened **{Id}**", declared.AllText, StringComparison.Ordinal);
        JsonObject reminder = (await Eventually.UntilAsync(() => RemindersAsync(conversations), seen => seen.Count > 0, "the first reminder in " + Direct))[0];
        JsonObject button = LocalChatResponse.Button(reminder["card"]!.AsObject(), "Snooze 30 min");
        Assert.Equal("major.snooze", (string?)button["actionId"]);
        Assert.Equal(new JsonObject { ["id"] = Id, ["for"] = "30m" }.ToJsonString(), button["data"]!.ToJsonString());

        DateTimeOffset before = TimeProvider.System.GetUtcNow();
        LocalChatResponse snoozed = await new LocalChatClient(host.CreateClient(), Direct).ClickAsync(Commander, button);
        DateTimeOffset after = TimeProvider.System.GetUtcNow();

        JsonObject held = await tickets.GetAsync(Id);
        DateTimeOffset clicked = EventTimes(held, "snoozed").Single();
        DateTimeOffset until = DateTimeOffset.Parse((string)held["major"]!["snoozedUntil"]!, CultureInfo.InvariantCulture);
        Assert.InRange(clicked, before - TimeSpan.FromMilliseconds(1), after + TimeSpan.FromMilliseconds(1));
        Assert.Equal(clicked + Snooze, until);
        Assert.Equal(
            $"Update reminders for **{Id}** are snoozed until {until.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.",
            (string?)Assert.Single(snoozed.Replies)["text"]);

        // A reminder claimed before the click may still be on its way: count once every claimed one has arrived.
        int claimed = (int)held["major"]!["remindersSent"]!;
        await Eventually.UntilAsync(() => RemindersAsync(conversations), seen => seen.Count >= claimed, $"the {claimed} claimed reminders");
        await Task.Delay(Cadence * 3, TestContext.Current.CancellationToken);
        Assert.Equal(claimed, (await RemindersAsync(conversations)).Count);
        Assert.Equal(claimed, (int)(await tickets.GetAsync(Id))["major"]!["remindersSent"]!);

        // The next status update clears the snooze and restarts the cadence.
        LocalChatResponse updated = await general.SayAsync(Commander, $"major update {Id} Payroll runs on the standby server");
        Assert.Contains($"Status update 1 on **{Id}**", updated.AllText, StringComparison.Ordinal);
        JsonObject cleared = await tickets.GetAsync(Id);
        Assert.Null(cleared["major"]!["snoozedUntil"]);
        Assert.Equal(0, (int)cleared["major"]!["remindersSent"]!);
        await Eventually.UntilAsync(() => RemindersAsync(conversations), seen => seen.Count == claimed + 1, "a reminder after the update");
        JsonObject resumed = await tickets.GetAsync(Id);
        Assert.Equal(1, (int)resumed["major"]!["remindersSent"]!);
        DateTimeOffset updateAt = EventTimes(resumed, "update").Single();
        Assert.True(EventTimes(resumed, "reminder")[^1] >= updateAt + Cadence, "the reminder came a cadence after the update");
    }

    /// <summary>The reminders the commander got, oldest first.</summary>
    private static async Task<IReadOnlyList<JsonObject>> RemindersAsync(LocalConversationClient conversations) =>
        [.. (await conversations.MessagesAsync(Direct)).Where(message => ((string?)message["text"] ?? "").Contains(Overdue, StringComparison.Ordinal))];

    private static IReadOnlyList<DateTimeOffset> EventTimes(JsonObject ticket, string action) =>
        [.. ticket["audit"]!.AsArray()
            .Where(e => (string?)e!["action"] == action)
            .Select(e => DateTimeOffset.Parse((string)e!["at"]!, CultureInfo.InvariantCulture))];

    private static Dictionary<string, string?> Settings(string queue)
    {
        Dictionary<string, string?> settings = DeliverySettings.Fast(queue);
        settings["Itsm:Roles:oncall:0"] = "local:" + Commander;
        settings["Itsm:Major:Cadence:P1"] = "00:00:02";
        return settings;
    }
}
