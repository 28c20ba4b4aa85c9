using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Teams;

namespace ChatOpsItsm.Host.Tests.MajorIncidents;

/// <summary>
/// Issue 7 §5: a full major incident across platforms and instances. Three instances share storage and the queue, each
/// speaking Teams and Discord to the same fakes. An on-call engineer declares on Discord (a slash command in the guild
/// channel): the war room opens as a thread from that channel, the stakeholder route (a Teams team channel) and the
/// on-call route (a Discord channel) hear of it at once. A status update reaches the war room and the Teams
/// stakeholder. Then nobody updates: with a 3-second cadence, the commander gets one reminder per interval (a DM on
/// Discord), never two for one interval whichever instance fires the timer. Resolve tells every route; the review
/// holds every event in order with durations that match the audit trail.
/// </summary>
public sealed class MajorIncidentEndToEndTests(AzuriteFixture azurite) : IDisposable
{
    private const string Id = "INC-1001";
    private const string Cadence = "00:00:03";
    private const string UpdateText = "Failover to the standby cluster in progress";
    private const string ResolveSummary = "Payments restored after the failover; root cause under investigation";

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    private readonly TeamsFakes _teams = new();
    private readonly DiscordFakes _discord = new();

    [Fact]
    public async Task DeclaredOnDiscord_StakeholderOnTeams_OneReminderPerIntervalAcrossThreeInstances_ReviewInOrder()
    {
        string tables = azurite.UniqueName("h");
        Dictionary<string, string?> settings = Settings(azurite.UniqueName("q"));
        await using ItsmHostFactory first = Host(tables, settings);
        await using ItsmHostFactory second = Host(tables, settings);
        await using ItsmHostFactory third = Host(tables, settings);
        second.StartServer();
        third.StartServer();
        await new TeamsMessagesClient(first.CreateClient(), _teams.Issuer).SendAsync(TeamsActivities.BotAddedToTeam("f:stakeholders-added"));

        // Declared on Discord by the on-call engineer, in the guild's #it-support.
        DiscordAnswer declared = await _discord.Client(second).SendAsync(DiscordInteractions.SlashCommand(
            DiscordInteractions.Agent, "major", "declare", ("target", "Payments API down"), ("service", "email")));
        Assert.Equal(4, declared.ResponseType);
        Assert.Contains(Id, declared.Body, StringComparison.Ordinal);

        // The war room: a thread started from a message in the declaring channel, holding the status board.
        string thread = (await Eventually.UntilAsync(
            () => Task.FromResult(_discord.Api.Threads), threads => threads.Count == 1, "the war-room thread")).Single();
        Assert.Equal(DiscordInteractions.ChannelId, (string?)_discord.Api.Message(thread)!["channel_id"]);
        await Eventually.UntilAsync(
            () => Task.FromResult(_discord.Api.MessagesTo(thread)), messages => messages.Any(m => Has(m, "MAJOR " + Id)), "the board in the war room");

        // The Teams stakeholder channel and the Discord on-call channel hear of it at once, with a way to join.
        await TeamsPostAsync("declared **" + Id + "**", "the announcement on the Teams stakeholder route");
        FakeConnectorCall join = await TeamsPostAsync("major.join", "the Join button on the Teams stakeholder route");
        Assert.Contains("MAJOR " + Id, join.Body, StringComparison.Ordinal);
        await Eventually.UntilAsync(
            () => Task.FromResult(_discord.Api.MessagesTo(DiscordFakes.OnCallChannelId)),
            messages => messages.Any(m => Has(m, "declared") && Has(m, Id)), "the announcement on the Discord on-call route");

        // A status update reaches the war room and the Teams stakeholder.
        DiscordAnswer updated = await _discord.Client(third).SendAsync(DiscordInteractions.SlashCommand(
            DiscordInteractions.Agent, "major", "update", ("id", Id), ("text", UpdateText)));
        Assert.Equal(4, updated.ResponseType);
        await TeamsPostAsync(UpdateText, "the update on the Teams stakeholder route");
        await Eventually.UntilAsync(
            () => Task.FromResult(_discord.Api.MessagesTo(thread)), messages => messages.Any(m => Has(m, UpdateText)), "the update in the war room");

        // Nobody updates any more: reminders, one per interval, to the commander (the declarer) by DM.
        await Eventually.UntilAsync(() => Task.FromResult(Reminders().Count), count => count >= 3, "three cadence reminders");
        JsonObject running = await new TicketsApiClient(first.CreateClient()).GetAsync(Id);
        IReadOnlyList<DateTimeOffset> claimed = EventTimes(running, "reminder");
        List<JsonObject> delivered = Reminders();
        Assert.True(claimed.Count >= delivered.Count, $"{claimed.Count} reminders claimed, {delivered.Count} delivered");
        for (int index = 1; index < claimed.Count; index++)
        {
            TimeSpan gap = claimed[index] - claimed[index - 1];
            Assert.True(gap >= Interval - TimeSpan.FromMilliseconds(50), $"reminders {index} and {index + 1} only {gap.TotalSeconds:0.000} s apart");

            // Not skipped either: the next one follows within the interval plus the queue's whole-second delay and a poll.
            Assert.True(gap <= Interval + TimeSpan.FromSeconds(3), $"reminders {index} and {index + 1} {gap.TotalSeconds:0.000} s apart");
        }

        // Resolve: every route told; then the cadence is over.
        DiscordAnswer resolved = await _discord.Client(first).SendAsync(DiscordInteractions.SlashCommand(
            DiscordInteractions.Agent, "major", "resolve", ("id", Id), ("summary", ResolveSummary)));
        Assert.Equal(4, resolved.ResponseType);
        await TeamsPostAsync(ResolveSummary, "the resolution on the Teams stakeholder route");
        await Eventually.UntilAsync(
            () => Task.FromResult(_discord.Api.MessagesTo(DiscordFakes.OnCallChannelId)),
            messages => messages.Any(m => Has(m, ResolveSummary)), "the resolution on the Discord on-call route");
        JsonObject final = await new TicketsApiClient(first.CreateClient()).GetAsync(Id);
        int remindersAtResolve = EventTimes(final, "reminder").Count;
        await Task.Delay(Interval * 2, TestContext.Current.CancellationToken);
        JsonObject later = await new TicketsApiClient(second.CreateClient()).GetAsync(Id);
        Assert.Equal(remindersAtResolve, EventTimes(later, "reminder").Count);
        Assert.Equal(remindersAtResolve, Reminders().Count);

        // The review: every event in order, with the durations the audit trail gives.
        string review = await ReviewAsync(third);
        IReadOnlyList<JsonObject> events = [.. later["audit"]!.AsArray().Select(e => e!.AsObject())];
        AssertEventsInOrder(review, events);
        DateTimeOffset reported = EventTimes(later, "reported").Single();
        Assert.Contains(Duration(EventTimes(later, "declared").Single() - reported), Line(review, "| Declared major |"), StringComparison.Ordinal);
        Assert.Contains(Duration(EventTimes(later, "resolved").Single() - reported), Line(review, "| Resolved |"), StringComparison.Ordinal);
        Assert.Contains(ResolveSummary, review, StringComparison.Ordinal);
        Assert.Contains(UpdateText, review, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _teams.Dispose();
        _discord.Dispose();
    }

    private static bool Has(JsonObject message, string text) => message.ToJsonString().Contains(text, StringComparison.Ordinal)
        || Unescaped(message).Contains(text, StringComparison.Ordinal);

    private static string Unescaped(JsonNode node) => node switch
    {
        JsonValue value when value.TryGetValue(out string? text) => text,
        JsonObject obj => string.Join('\n', obj.Select(pair => pair.Value is null ? "" : Unescaped(pair.Value))),
        JsonArray array => string.Join('\n', array.Select(item => item is null ? "" : Unescaped(item))),
        _ => node.ToJsonString(),
    };

    /// <summary>The reminder DMs the commander got: messages in DM channels (not the guild's, not the thread) saying it is overdue.</summary>
    private List<JsonObject> Reminders()
    {
        HashSet<string> guildChannels = [DiscordInteractions.ChannelId, DiscordFakes.OnCallChannelId, .. _discord.Api.Threads];
        return [.. _discord.Api.BotCalls
            .Where(call => call.Method == "POST" && call.Path.StartsWith("/channels/", StringComparison.Ordinal) && call.Path.EndsWith("/messages", StringComparison.Ordinal))
            .Where(call => !guildChannels.Contains(call.Path.Split('/')[2]))
            .Select(call => call.Json!.AsObject())
            .Where(body => Has(body, "overdue"))];
    }

    private async Task<FakeConnectorCall> TeamsPostAsync(string text, string what) => (await Eventually.UntilAsync(
        () => Task.FromResult(_teams.Connector.ConnectorCalls.FirstOrDefault(call =>
            call.Method == "POST" && call.Path.StartsWith(ConnectorCalls.PostPath(TeamsActivities.TeamChannelId), StringComparison.Ordinal)
            && call.Body.Contains(text, StringComparison.Ordinal))),
        call => call is not null, what))!;

    private static IReadOnlyList<DateTimeOffset> EventTimes(JsonObject ticket, string action) =>
        [.. ticket["audit"]!.AsArray()
            .Where(e => (string?)e!["action"] == action)
            .Select(e => DateTimeOffset.Parse((string)e!["at"]!, CultureInfo.InvariantCulture))];

    private static async Task<string> ReviewAsync(ItsmHostFactory host)
    {
        using HttpResponseMessage response = await host.CreateClient().GetAsync(new Uri($"/api/tickets/{Id}/review", UriKind.Relative), TestContext.Current.CancellationToken);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    /// <summary>The review's timeline names each audit event's instant, in the audit trail's order.</summary>
    private static void AssertEventsInOrder(string review, IReadOnlyList<JsonObject> events)
    {
        string timeline = Section(review, "## Timeline");
        int position = 0;
        foreach (JsonObject audit in events)
        {
            string stamp = DateTimeOffset.Parse((string)audit["at"]!, CultureInfo.InvariantCulture)
                .ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            int found = timeline.IndexOf(stamp, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"event {audit["sequence"]} ({audit["action"]}, {stamp}) is not in the timeline after position {position}:\n{timeline}");
            position = found;
        }
    }

    private static string Section(string markdown, string heading)
    {
        int start = markdown.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no '{heading}' in:\n{markdown}");
        int end = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    private static string Line(string markdown, string label) =>
        markdown.Split('\n').FirstOrDefault(line => line.Contains(label, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no line with '{label}' in:\n{markdown}");

    /// <summary>A duration as the review's key-times table writes it: "1 h 2 min 5 s", whole seconds, "0 s" for none.</summary>
    private static string Duration(TimeSpan span)
    {
        string[] parts =
        [
            .. new (int Value, string Unit)[] { (span.Days, "d"), (span.Hours, "h"), (span.Minutes, "min"), (span.Seconds, "s") }
                .Where(part => part.Value > 0)
                .Select(part => part.Value.ToString(CultureInfo.InvariantCulture) + " " + part.Unit),
        ];
        return "| " + (parts.Length == 0 ? "0 s" : string.Join(' ', parts)) + " |";
    }

    private Dictionary<string, string?> Settings(string queue)
    {
        Dictionary<string, string?> settings = TeamsFakes.Settings(queue);
        foreach ((string key, string? value) in _discord.Settings(queue))
        {
            settings.TryAdd(key, value);
        }

        settings["Itsm:Roles:oncall:0"] = DiscordInteractions.Person(DiscordInteractions.Agent);
        settings["Itsm:Routes:OnCall:0"] = "discord:" + DiscordFakes.OnCallChannelId;
        settings["Itsm:Routes:Stakeholders:0"] = "teams:" + TeamsActivities.TeamChannelId;
        settings["Itsm:Major:Cadence:P1"] = Cadence;
        settings["Itsm:Major:BurstCount"] = "0";
        return settings;
    }

    private ItsmHostFactory Host(string tables, Dictionary<string, string?> settings) =>
        new(azurite, tables, settings)
        {
            ReplaceServices = services =>
            {
                _teams.Plug(services);
                _discord.Plug(services);
            },
        };
}
