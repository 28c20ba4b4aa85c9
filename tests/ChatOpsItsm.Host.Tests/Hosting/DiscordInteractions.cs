using System.Globalization;
using System.Text.Json.Nodes;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>
/// Interactions of the shapes Discord sends (protocol brief §9, the adapter tests' <c>Fixtures/Interactions/*.json</c>),
/// addressed to <see cref="DiscordFakes.ApplicationId"/>, as mutable trees. Each has an interaction id and token of
/// its own, so the engine never takes one for a redelivery of another; a test that wants a redelivery sends the same
/// tree twice.
/// </summary>
public static class DiscordInteractions
{
    public const string GuildId = "1400000000000000001";
    public const string ChannelId = "1500000000000000001";
    public const string DirectChannelId = "1500000000000000009";

    /// <summary>Dana, who reports (no role).</summary>
    public const string Requester = "1600000000000000001";

    /// <summary>Lee, an agent in <see cref="DiscordFakes.Settings"/>.</summary>
    public const string Agent = "1600000000000000002";

    /// <summary>Kim, neither agent nor requester.</summary>
    public const string Bystander = "1600000000000000003";

    /// <summary>The ticket card's "Assign to me" button on INC-1001, as the adapter writes it (action id, then data).</summary>
    public const string AssignToMe = "v1:incident.assign:id=INC-1001;user=me";

    private const int ChatInput = 1;
    private const int SubCommand = 1;
    private const int StringOption = 3;

    /// <summary>The engine's name for a Discord user: <c>discord:&lt;id&gt;</c>.</summary>
    public static string Person(string userId) => "discord:" + userId;

    /// <summary>
    /// <c>/incident report title:… impact:&lt;level&gt; urgency:&lt;level&gt; service:vpn</c> by <see cref="Requester"/> in the
    /// guild, on a configured service, so the engine opens it at once (no form). High gives a P1, which pages on-call;
    /// low gives a P5, which notifies nobody.
    /// </summary>
    public static JsonObject Report(string title = "VPN drops every few minutes", string level = "high") =>
        SlashCommand(Requester, "incident", "report", ("title", title), ("impact", level), ("urgency", level), ("service", "vpn"));

    public static JsonObject Ping() => new()
    {
        ["id"] = NewId(),
        ["application_id"] = DiscordFakes.ApplicationId,
        ["type"] = 1,
        ["version"] = 1,
        ["token"] = NewToken(),
    };

    /// <summary>A slash command in the guild's #it-support: <c>/incident report title:… impact:high</c> is <c>("incident", "report", ("title", "…"), ("impact", "high"))</c>.</summary>
    public static JsonObject SlashCommand(string userId, string command, string subCommand, params (string Name, string Value)[] options)
    {
        JsonObject interaction = InGuild(2, userId);
        interaction["channel"] = new JsonObject { ["id"] = ChannelId, ["type"] = 0, ["name"] = "it-support" };
        interaction["data"] = CommandData(command, subCommand, options.Select(o => Option(o.Name, o.Value)));
        return interaction;
    }

    /// <summary>The same command in the person's DM with the bot: no guild, <c>user</c> instead of <c>member</c>.</summary>
    public static JsonObject DirectSlashCommand(string userId, string command, string subCommand, params (string Name, string Value)[] options)
    {
        JsonObject interaction = Common(2);
        interaction["channel_id"] = DirectChannelId;
        interaction["channel"] = new JsonObject { ["id"] = DirectChannelId, ["type"] = 1 };
        interaction["user"] = User(userId);
        interaction["context"] = 1;
        interaction["authorizing_integration_owners"] = new JsonObject { ["0"] = "0" };
        interaction["data"] = CommandData(command, subCommand, options.Select(o => Option(o.Name, o.Value)));
        return interaction;
    }

    /// <summary>A click on a button with <paramref name="customId"/> of a bot message in the guild channel that holds that button.</summary>
    public static JsonObject ButtonClick(string userId, string customId, string label = "Assign to me")
    {
        JsonObject interaction = InGuild(3, userId);
        interaction["data"] = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2, ["id"] = 2 };
        interaction["message"] = new JsonObject
        {
            ["id"] = "1900000000000000001",
            ["channel_id"] = ChannelId,
            ["type"] = 0,
            ["flags"] = 0,
            ["content"] = "",
            ["author"] = new JsonObject { ["id"] = DiscordFakes.ApplicationId, ["username"] = "ChatOps ITSM", ["bot"] = true },
            ["timestamp"] = "2026-08-01T10:00:00.000000+00:00",
            ["embeds"] = new JsonArray(new JsonObject { ["type"] = "rich", ["title"] = "INC-1001 · earlier card" }),
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = 1,
                ["id"] = 1,
                ["components"] = new JsonArray(new JsonObject
                {
                    ["type"] = 2, ["id"] = 2, ["style"] = 1, ["label"] = label, ["custom_id"] = customId,
                }),
            }),
        };
        return interaction;
    }

    /// <summary>A modal submitted in the guild channel, with Label-wrapped text inputs (brief §2).</summary>
    public static JsonObject ModalSubmit(string userId, string customId, params (string CustomId, string Value)[] values)
    {
        JsonObject interaction = InGuild(5, userId);
        JsonArray components = [];
        int n = 1;
        foreach ((string id, string value) in values)
        {
            components.Add(new JsonObject
            {
                ["type"] = 18,
                ["id"] = n++,
                ["component"] = new JsonObject { ["type"] = 4, ["id"] = n++, ["custom_id"] = id, ["value"] = value },
            });
        }

        interaction["data"] = new JsonObject { ["custom_id"] = customId, ["components"] = components };
        return interaction;
    }

    /// <summary>Autocomplete while <paramref name="focused"/> is being typed as <paramref name="typed"/> (type 4, <c>focused:true</c>).</summary>
    public static JsonObject Autocomplete(string userId, string command, string subCommand, string focused, string typed)
    {
        JsonObject interaction = InGuild(4, userId);
        JsonObject option = Option(focused, typed);
        option["focused"] = true;
        interaction["data"] = CommandData(command, subCommand, [option]);
        return interaction;
    }

    private static JsonObject InGuild(int type, string userId)
    {
        JsonObject interaction = Common(type);
        interaction["guild_id"] = GuildId;
        interaction["channel_id"] = ChannelId;
        interaction["member"] = new JsonObject
        {
            ["user"] = User(userId),
            ["roles"] = new JsonArray(),
            ["nick"] = null,
            ["joined_at"] = "2025-01-10T09:00:00.000000+00:00",
            ["permissions"] = "2251799813685247",
        };
        interaction["guild_locale"] = "en-US";
        interaction["context"] = 0;
        interaction["authorizing_integration_owners"] = new JsonObject { ["0"] = GuildId };
        return interaction;
    }

    private static JsonObject Common(int type) => new()
    {
        ["id"] = NewId(),
        ["application_id"] = DiscordFakes.ApplicationId,
        ["type"] = type,
        ["version"] = 1,
        ["token"] = NewToken(),
        ["app_permissions"] = "2252177770925056",
        ["locale"] = "en-US",
        ["entitlements"] = new JsonArray(),
        ["attachment_size_limit"] = 10485760,
    };

    private static JsonObject User(string userId) => new()
    {
        ["id"] = userId,
        ["username"] = "user" + userId[^4..],
        ["global_name"] = userId switch
        {
            Requester => "Dana",
            Agent => "Lee",
            Bystander => "Kim",
            _ => null,
        },
    };

    private static JsonObject CommandData(string command, string subCommand, IEnumerable<JsonObject> options) => new()
    {
        ["id"] = "1800000000000000001",
        ["name"] = command,
        ["type"] = ChatInput,
        ["options"] = new JsonArray(new JsonObject
        {
            ["type"] = SubCommand,
            ["name"] = subCommand,
            ["options"] = new JsonArray([.. options]),
        }),
    };

    private static JsonObject Option(string name, string value) => new() { ["type"] = StringOption, ["name"] = name, ["value"] = value };

    /// <summary>A snowflake-shaped id (19 digits, starting 13 like the fixtures') no other test uses.</summary>
    private static string NewId() =>
        "13" + Random.Shared.NextInt64(10_000_000_000_000_000, 100_000_000_000_000_000).ToString(CultureInfo.InvariantCulture);

    /// <summary>A continuation token: opaque to the bot, unique per interaction.</summary>
    private static string NewToken() => "tok_" + Guid.NewGuid().ToString("N");
}
