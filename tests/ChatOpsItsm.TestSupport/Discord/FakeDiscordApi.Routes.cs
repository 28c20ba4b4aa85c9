using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace ChatOpsItsm.TestSupport.Discord;

/// <summary>The fake's answers, like Discord's, and what it keeps to give them: messages, nonces, DM channels, threads, commands.</summary>
public sealed partial class FakeDiscordApi
{
    private readonly Dictionary<string, JsonObject> _messages = new(StringComparer.Ordinal);
    private readonly List<(string ChannelId, JsonObject Body)> _posted = [];
    private readonly Dictionary<(string ChannelId, string Nonce), string> _nonces = [];
    private readonly Dictionary<string, string> _directChannels = new(StringComparer.Ordinal);
    private readonly HashSet<string> _threads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _originals = new(StringComparer.Ordinal);
    private readonly List<(string? GuildId, JsonArray Commands)> _registrations = [];
    private long _nextId = 1_900_000_000_000_000_000;

    /// <summary>The bodies of the messages really created in <paramref name="channelId"/> (a nonce repeat creates none), in order.</summary>
    public IReadOnlyList<JsonObject> MessagesTo(string channelId)
    {
        lock (_lock)
        {
            return [.. _posted.Where(post => post.ChannelId == channelId).Select(post => (JsonObject)post.Body.DeepClone())];
        }
    }

    /// <summary>A message as it stands now (after edits), or null when unknown or deleted.</summary>
    public JsonObject? Message(string messageId)
    {
        lock (_lock)
        {
            return _messages.TryGetValue(messageId, out JsonObject? message) ? (JsonObject)message.DeepClone() : null;
        }
    }

    /// <summary>Deletes a message, as a moderator would: editing it then answers 404 10008.</summary>
    public void DeleteMessage(string messageId)
    {
        lock (_lock)
        {
            _messages.Remove(messageId);
        }
    }

    /// <summary>Every bulk overwrite of commands: the guild (null for global) and the array sent.</summary>
    public IReadOnlyList<(string? GuildId, JsonArray Commands)> CommandRegistrations
    {
        get
        {
            lock (_lock)
            {
                return [.. _registrations.Select(entry => (entry.GuildId, (JsonArray)entry.Commands.DeepClone()))];
            }
        }
    }

    /// <summary>The ids of the messages threads were started from (= the threads' ids).</summary>
    public IReadOnlyCollection<string> Threads
    {
        get
        {
            lock (_lock)
            {
                return [.. _threads];
            }
        }
    }

    private (HttpStatusCode, string) Answer(FakeDiscordCall call)
    {
        if (!call.IsWebhook && BotToken is not null && call.Authorization != "Bot " + BotToken)
        {
            return Error(HttpStatusCode.Unauthorized, 0, "401: Unauthorized");
        }

        string[] s = call.Path.Trim('/').Split('/');
        lock (_lock)
        {
            return (call.Method, s) switch
            {
                ("POST", ["channels", var channel, "messages"]) => CreateMessage(channel, Body(call)),
                ("PATCH", ["channels", var channel, "messages", var message]) => EditMessage(channel, message, Body(call)),
                ("POST", ["channels", var channel, "messages", var message, "threads"]) => StartThread(channel, message, Body(call)),
                ("POST", ["users", "@me", "channels"]) => OpenDirect(Body(call)["recipient_id"]?.GetValue<string>() ?? ""),
                ("GET", ["users", "@me"]) => Ok(new JsonObject { ["id"] = BotUserId, ["username"] = "ChatOps ITSM", ["bot"] = true }),
                ("PATCH", ["webhooks", _, var token, "messages", "@original"]) => EditOriginal(token, Body(call)),
                ("POST", ["webhooks", _, _]) => Ok(NewMessage(null, Body(call))),
                ("PUT", ["applications", _, "commands"]) => Overwrite(null, call),
                ("PUT", ["applications", _, "guilds", var guild, "commands"]) => Overwrite(guild, call),
                _ => Error(HttpStatusCode.NotFound, 0, "404: Not Found"),
            };
        }
    }

    private (HttpStatusCode, string) CreateMessage(string channelId, JsonObject body)
    {
        string? nonce = body["nonce"]?.GetValue<string>();
        bool enforce = body["enforce_nonce"]?.GetValue<bool>() == true;
        if (nonce is not null && enforce && _nonces.TryGetValue((channelId, nonce), out string? first) && _messages.TryGetValue(first, out JsonObject? earlier))
        {
            return Ok(earlier);
        }

        _posted.Add((channelId, (JsonObject)body.DeepClone()));
        JsonObject message = NewMessage(channelId, body);
        if (nonce is not null && enforce)
        {
            _nonces[(channelId, nonce)] = message["id"]!.GetValue<string>();
        }

        return Ok(message);
    }

    private (HttpStatusCode, string) EditMessage(string channelId, string messageId, JsonObject body)
    {
        if (!_messages.TryGetValue(messageId, out JsonObject? message) || message["channel_id"]?.GetValue<string>() != channelId)
        {
            return Error(HttpStatusCode.NotFound, 10008, "Unknown Message");
        }

        foreach ((string name, JsonNode? value) in body)
        {
            message[name] = value?.DeepClone();
        }

        return Ok(message);
    }

    private (HttpStatusCode, string) StartThread(string channelId, string messageId, JsonObject body)
    {
        if (!_threads.Add(messageId))
        {
            return Error(HttpStatusCode.BadRequest, 160004, "A thread has already been created for this message");
        }

        return Ok(new JsonObject { ["id"] = messageId, ["type"] = 11, ["parent_id"] = channelId, ["name"] = body["name"]?.DeepClone() });
    }

    private (HttpStatusCode, string) OpenDirect(string recipientId)
    {
        if (!_directChannels.TryGetValue(recipientId, out string? channelId))
        {
            channelId = NextId();
            _directChannels[recipientId] = channelId;
        }

        return Ok(new JsonObject { ["id"] = channelId, ["type"] = 1 });
    }

    private (HttpStatusCode, string) EditOriginal(string token, JsonObject body)
    {
        if (!_originals.TryGetValue(token, out string? id))
        {
            JsonObject created = NewMessage(null, body);
            _originals[token] = created["id"]!.GetValue<string>();
            return Ok(created);
        }

        foreach ((string name, JsonNode? value) in body)
        {
            _messages[id][name] = value?.DeepClone();
        }

        return Ok(_messages[id]);
    }

    private (HttpStatusCode, string) Overwrite(string? guildId, FakeDiscordCall call)
    {
        JsonArray commands = call.Json as JsonArray ?? [];
        _registrations.Add((guildId, (JsonArray)commands.DeepClone()));
        foreach (JsonObject command in commands.OfType<JsonObject>())
        {
            command["id"] = NextId();
        }

        return Ok(commands);
    }

    private JsonObject NewMessage(string? channelId, JsonObject body)
    {
        JsonObject message = (JsonObject)body.DeepClone();
        message.Remove("enforce_nonce");
        message["id"] = NextId();
        message["channel_id"] = channelId;
        _messages[message["id"]!.GetValue<string>()] = message;
        return message;
    }

    private static JsonObject Body(FakeDiscordCall call) => call.Json as JsonObject ?? [];

    private static (HttpStatusCode, string) Ok(JsonNode node) => (HttpStatusCode.OK, node.ToJsonString());

    private string NextId() => (++_nextId).ToString(CultureInfo.InvariantCulture);
}
