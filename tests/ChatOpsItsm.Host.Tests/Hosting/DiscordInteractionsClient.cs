using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatOpsItsm.TestSupport.Discord;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>
/// Posts interactions to <c>POST /api/discord/interactions</c> as Discord does: the raw JSON, signed with Ed25519 over
/// <c>timestamp ‖ body</c> (brief §1), timestamped now. The <c>…Async</c> variants below break one part of that on
/// purpose. Every post is signed afresh, so sending one tree twice is a redelivery Discord could make.
/// </summary>
public sealed class DiscordInteractionsClient(HttpClient http, InteractionSigner signer)
{
    public const string Route = "/api/discord/interactions";

    public Task<DiscordAnswer> PostAsync(JsonObject interaction) => PostBytesAsync(Bytes(interaction));

    /// <summary>Posts and asserts the 200.</summary>
    public async Task<DiscordAnswer> SendAsync(JsonObject interaction)
    {
        DiscordAnswer answer = await PostAsync(interaction);
        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        return answer;
    }

    /// <summary>Signs and posts these exact bytes (malformed JSON, say).</summary>
    public Task<DiscordAnswer> PostBytesAsync(byte[] body)
    {
        string timestamp = Now();
        return PostRawAsync(body, signer.Sign(timestamp, body), timestamp);
    }

    /// <summary>No signature headers at all.</summary>
    public Task<DiscordAnswer> PostUnsignedAsync(JsonObject interaction) => PostRawAsync(Bytes(interaction), null, null);

    /// <summary>A fresh timestamp with this <c>X-Signature-Ed25519</c> value (not hex, too short…).</summary>
    public Task<DiscordAnswer> PostWithSignatureAsync(JsonObject interaction, string signature) =>
        PostRawAsync(Bytes(interaction), signature, Now());

    /// <summary>Signed by another key pair: well-formed, not Discord's.</summary>
    public Task<DiscordAnswer> PostSignedByAnotherKeyAsync(JsonObject interaction)
    {
        byte[] body = Bytes(interaction);
        string timestamp = Now();
        return PostRawAsync(body, new InteractionSigner().Sign(timestamp, body), timestamp);
    }

    /// <summary>Signed, then one byte of the body changed: a character of the interaction's token.</summary>
    public Task<DiscordAnswer> PostAlteredAsync(JsonObject interaction)
    {
        byte[] body = Bytes(interaction);
        string timestamp = Now();
        string signature = signer.Sign(timestamp, body);
        int at = Encoding.UTF8.GetString(body).IndexOf("tok_", StringComparison.Ordinal);
        Assert.True(at >= 0, "the interaction has no token to alter");
        body[at] = (byte)'T';
        return PostRawAsync(body, signature, timestamp);
    }

    /// <summary>Validly signed at <paramref name="signedAgo"/> before now: a replay, or a clock far off.</summary>
    public Task<DiscordAnswer> PostSignedEarlierAsync(JsonObject interaction, TimeSpan signedAgo)
    {
        byte[] body = Bytes(interaction);
        string timestamp = InteractionSigner.TimestampOf(TimeProvider.System.GetUtcNow() - signedAgo);
        return PostRawAsync(body, signer.Sign(timestamp, body), timestamp);
    }

    /// <summary>Exactly these bytes and headers; a null header is not sent.</summary>
    public async Task<DiscordAnswer> PostRawAsync(byte[] body, string? signature, string? timestamp)
    {
        ArgumentNullException.ThrowIfNull(body);
        using HttpRequestMessage request = new(HttpMethod.Post, new Uri(Route, UriKind.Relative))
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.UserAgent.ParseAdd("Discord-Interactions/1.0 (+https://discord.com)");
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        }

        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        }

        using HttpResponseMessage response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        string text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new DiscordAnswer(response.StatusCode, response.Content.Headers.ContentType?.ToString(), text);
    }

    private static byte[] Bytes(JsonObject interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return Encoding.UTF8.GetBytes(interaction.ToJsonString());
    }

    private static string Now() => InteractionSigner.TimestampOf(TimeProvider.System.GetUtcNow());
}
