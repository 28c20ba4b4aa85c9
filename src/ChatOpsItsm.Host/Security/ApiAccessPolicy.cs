using System.Net;
using System.Security.Cryptography;
using System.Text;
using ChatOpsItsm.Host.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ChatOpsItsm.Host.Security;

/// <summary>
/// Who may read the REST API. With <c>Api:Keys</c> set, a request must carry <c>Authorization: Bearer &lt;key&gt;</c>
/// with one of them; without keys, only callers on the loopback interface are answered.
/// </summary>
/// <remarks>
/// Keys are compared as SHA-256 digests with <see cref="CryptographicOperations.FixedTimeEquals"/>, against
/// every configured key, so the time taken says nothing about a key's length or prefix. Behind a reverse
/// proxy on the same machine every caller looks local: configure keys there.
/// </remarks>
internal sealed class ApiAccessPolicy
{
    private const string BearerPrefix = "Bearer ";

    private readonly byte[][] _keyDigests;

    public ApiAccessPolicy(IOptions<ApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keyDigests = [.. options.Value.Keys.Select(Digest)];
    }

    public bool RequiresKey => _keyDigests.Length > 0;

    public ApiAccess Evaluate(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!RequiresKey)
        {
            return IsLoopback(context.Connection.RemoteIpAddress) ? ApiAccess.Allowed : ApiAccess.NotLoopback;
        }

        string? presented = BearerToken(context.Request.Headers[HeaderNames.Authorization].ToString());
        return presented is not null && Matches(presented) ? ApiAccess.Allowed : ApiAccess.MissingOrWrongKey;
    }

    private static string? BearerToken(string header) =>
        header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) && header.Length > BearerPrefix.Length
            ? header[BearerPrefix.Length..].Trim()
            : null;

    private static bool IsLoopback(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        return IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private bool Matches(string presented)
    {
        byte[] digest = Digest(presented);
        bool matched = false;
        foreach (byte[] key in _keyDigests)
        {
            // No early exit: every key is compared, whichever matches.
            matched |= CryptographicOperations.FixedTimeEquals(digest, key);
        }

        return matched;
    }
}
