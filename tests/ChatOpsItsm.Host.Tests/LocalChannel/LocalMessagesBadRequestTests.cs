using System.Net;
using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.LocalChannel;

/// <summary>SPEC §6: bad input gets a clear problem-details answer and changes nothing.</summary>
public sealed class LocalMessagesBadRequestTests(AzuriteFixture azurite)
{
    // Each body would report an incident if it were accepted, so "nothing written" is visible in the API.
    private const string Report = "incident report Mail is down service:email";
    private const string Who = "\"user\":{\"id\":\"alice\"},\"conversation\":{\"id\":\"general\"}";

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "malformed JSON", $"{{{Who},\"text\":\"{Report}\"", "not valid JSON" },
        { "not an object", "[1,2,3]", "not valid JSON" },
        { "JSON null", "null", "must be a JSON object" },
        { "missing user", $"{{\"conversation\":{{\"id\":\"general\"}},\"text\":\"{Report}\"}}", "user is required" },
        { "missing conversation", $"{{\"user\":{{\"id\":\"alice\"}},\"text\":\"{Report}\"}}", "conversation is required" },
        { "text and action together", $"{{{Who},\"text\":\"{Report}\",\"action\":{{\"id\":\"help\"}}}}", "exactly one of text, action or form" },
        { "no text, action or form", $"{{{Who}}}", "one of text, action or form" },
        { "user id a number", $"{{\"user\":{{\"id\":42}},\"conversation\":{{\"id\":\"general\"}},\"text\":\"{Report}\"}}", "$.user.id" },
        { "user a string", $"{{\"user\":\"alice\",\"conversation\":{{\"id\":\"general\"}},\"text\":\"{Report}\"}}", "$.user" },
        { "text a number", $"{{{Who},\"text\":5}}", "$.text" },
        { "action data not strings", $"{{{Who},\"action\":{{\"id\":\"incident.report\",\"data\":{{\"title\":1}}}}}}", "$.action.data" },
        { "user id with a space", $"{{\"user\":{{\"id\":\"al ice\"}},\"conversation\":{{\"id\":\"general\"}},\"text\":\"{Report}\"}}", "user.id must be" },
        { "user id empty", $"{{\"user\":{{\"id\":\"\"}},\"conversation\":{{\"id\":\"general\"}},\"text\":\"{Report}\"}}", "user.id must be" },
        { "user id too long", $"{{\"user\":{{\"id\":\"{new string('a', 65)}\"}},\"conversation\":{{\"id\":\"general\"}},\"text\":\"{Report}\"}}", "user.id must be" },
        { "user name too long", $"{{\"user\":{{\"id\":\"alice\",\"name\":\"{new string('n', 101)}\"}},\"conversation\":{{\"id\":\"general\"}},\"text\":\"{Report}\"}}", "user.name" },
        { "conversation id too long", $"{{\"user\":{{\"id\":\"alice\"}},\"conversation\":{{\"id\":\"{new string('c', 101)}\"}},\"text\":\"{Report}\"}}", "conversation.id" },
        { "text too long", $"{{{Who},\"text\":\"{Report} description:{new string('x', 8_000)}\"}}", "the limit is 8000" },
        { "unknown property", $"{{{Who},\"txt\":\"{Report}\"}}", "unknown property" },
        { "duplicate property", $"{{{Who},\"text\":\"help\",\"text\":\"{Report}\"}}", "duplicate" },
        { "form without id", $"{{{Who},\"form\":{{\"values\":{{\"title\":\"x\",\"service\":\"email\"}}}}}}", "form.id" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_BadBody_Is400ProblemAndWritesNothing(string why, string body, string detailPart)
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));

        using HttpResponseMessage response = await new LocalChatClient(host.CreateClient()).PostRawAsync(body);

        JsonObject problem = await ProblemAsync(response, HttpStatusCode.BadRequest, why);
        Assert.Contains(detailPart, (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Empty(await new TicketsApiClient(host.CreateClient()).ListIdsAsync());
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Is413ProblemAndWritesNothing()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        string body = $"{{{Who},\"text\":\"{Report} description:{new string('x', 70 * 1024)}\"}}";

        using HttpResponseMessage response = await new LocalChatClient(host.CreateClient()).PostRawAsync(body);

        JsonObject problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "over 64 KB");
        Assert.Contains("64 KB", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Empty(await new TicketsApiClient(host.CreateClient()).ListIdsAsync());
    }

    [Fact]
    public async Task Post_NotJsonContentType_Is415ProblemAndWritesNothing()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));

        using HttpResponseMessage response = await new LocalChatClient(host.CreateClient())
            .PostRawAsync($"{{{Who},\"text\":\"{Report}\"}}", "text/plain");

        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "text/plain");
        Assert.Empty(await new TicketsApiClient(host.CreateClient()).ListIdsAsync());
    }

    [Fact]
    public async Task Post_HugeUnknownPropertyName_IsNotEchoedInFull()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        string name = new('p', 10_000);

        using HttpResponseMessage response = await new LocalChatClient(host.CreateClient()).PostRawAsync($"{{{Who},\"{name}\":1}}");

        JsonObject problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "unknown property");
        Assert.True(((string)problem["detail"]!).Length < 400);
    }

    [Fact]
    public async Task Post_GoodBodyAfterBadOnes_IsAccepted()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient chat = new(host.CreateClient());
        using HttpResponseMessage rejected = await chat.PostRawAsync($"{{{Who}}}");

        using HttpResponseMessage accepted = await chat.PostRawAsync($"{{\"eventId\":\"e-1\",{Who},\"text\":\"{Report}\"}}");

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(["INC-1001"], await new TicketsApiClient(host.CreateClient()).ListIdsAsync());
    }

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected, string why)
    {
        string text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"{why}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonObject problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)expected, (int?)problem["status"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]), why);
        return problem;
    }
}
