using System.Text.Json.Nodes;
using ChatOpsItsm.TestSupport.Teams;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>Readers for what the bot sent the <see cref="FakeConnector"/>: paths as sent (ids escaped) and activity bodies.</summary>
public static class ConnectorCalls
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    /// <summary>The service URL's path, as in the fixtures (<c>https://smba.trafficmanager.net/emea/</c>).</summary>
    public const string Base = "/emea/v3/conversations";

    /// <summary>The path of a reply to <paramref name="activityId"/> in <paramref name="conversationId"/>.</summary>
    public static string ReplyPath(string conversationId, string activityId) =>
        $"{Base}/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";

    /// <summary>The path of a new activity in <paramref name="conversationId"/>.</summary>
    public static string PostPath(string conversationId) => $"{Base}/{Uri.EscapeDataString(conversationId)}/activities";

    public static JsonObject Body(FakeConnectorCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return JsonNode.Parse(call.Body)!.AsObject();
    }

    public static string Text(FakeConnectorCall call) => (string?)Body(call)["text"] ?? "";

    /// <summary>The id the call was answered with: the new conversation's (<c>POST</c> <see cref="Base"/>) or the new activity's.</summary>
    public static string AnsweredId(FakeConnectorCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return (string)JsonNode.Parse(call.ResponseBody)!["id"]!;
    }

    /// <summary>The contents of the Adaptive Card attachments of the call's activity.</summary>
    public static IReadOnlyList<JsonObject> Cards(FakeConnectorCall call) =>
        Body(call)["attachments"] is JsonArray attachments
            ? [.. attachments.Where(a => (string?)a!["contentType"] == AdaptiveCard).Select(a => a!["content"]!.AsObject())]
            : [];

    /// <summary>A card's fact value by title (the FactSet of the rendered Adaptive Card).</summary>
    public static string Fact(JsonObject card, string title)
    {
        ArgumentNullException.ThrowIfNull(card);
        JsonNode fact = card["body"]!.AsArray()
            .Where(element => (string?)element!["type"] == "FactSet")
            .SelectMany(element => element!["facts"]!.AsArray())
            .Single(candidate => (string?)candidate!["title"] == title)!;
        return (string)fact["value"]!;
    }
}
