using System.Globalization;
using Xunit;

namespace ChatOpsItsm.TestSupport.Azurite;

/// <summary>
/// Real Azure Storage for a test assembly: an in-memory Azurite, the version pinned in package.json,
/// on free loopback ports, started once and shared by every test of the assembly.
/// </summary>
/// <remarks>
/// <para>Register it with <c>[assembly: AssemblyFixture(typeof(AzuriteFixture))]</c> and take it as a
/// constructor parameter. Each test creates its own tables and queues named by <see cref="UniqueName"/>,
/// so tests run in parallel.</para>
/// <para>Set the environment variable <c>CHATOPS_TEST_STORAGE</c> to a connection string to use that
/// account instead of starting Azurite: <c>UseDevelopmentStorage=true</c> (an Azurite already on the
/// default ports), a string naming <c>TableEndpoint</c> and <c>QueueEndpoint</c>, or a real account's
/// string (endpoints derived from <c>AccountName</c> and <c>EndpointSuffix</c>).</para>
/// </remarks>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>The environment variable holding a connection string that replaces the started Azurite.</summary>
    public const string StorageVariable = "CHATOPS_TEST_STORAGE";


    // The emulator's well-known account key, published in Microsoft's Azurite documentation: not a secret.

    private const int MaxPrefixLength = 48;

    // A per-fixture run id keeps names apart when several test processes share one CHATOPS_TEST_STORAGE account.
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];
    private int _namesGiven;
    private AzuriteProcess? _azurite;
    private StorageAccount? _account;

    /// <summary>The connection string for the Table, Queue and Blob clients.</summary>
    public string ConnectionString => Started.ConnectionString;

    /// <summary>The Table service endpoint, account name included, e.g. <c>http://127.0.0.1:53117/devstoreaccount1</c>.</summary>
    public Uri TableEndpoint => Started.TableEndpoint;

    /// <summary>The Queue service endpoint, account name included.</summary>
    public Uri QueueEndpoint => Started.QueueEndpoint;

    private StorageAccount Started =>
        _account ?? throw new InvalidOperationException($"{nameof(AzuriteFixture)} was used before xunit initialized it.");

    /// <summary>Returns a table or queue name that no other call returns: the prefix, a run id, then a counter.</summary>
    /// <param name="prefix">Lower-case ASCII letters and digits, starting with a letter, at most 48 characters
    /// (queue names must be lower case; table names allow no punctuation).</param>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> breaks one of these rules.</exception>
    public string UniqueName(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        if (prefix.Length > MaxPrefixLength || !char.IsAsciiLetterLower(prefix[0])
            || !prefix.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
        {
            throw new ArgumentException(
                $"Use 1 to {MaxPrefixLength} lower-case ASCII letters and digits, starting with a letter.", nameof(prefix));
        }

        int number = Interlocked.Increment(ref _namesGiven);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{_runId}{number:D5}");
    }

    public async ValueTask InitializeAsync()
    {
        string? configured = Environment.GetEnvironmentVariable(StorageVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            _account = StorageAccount.Parse(configured);
            return;
        }

        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        string root = RepositoryRoot.Find();
        await AzuritePackage.EnsureInstalledAsync(root, cancellationToken);
        _azurite = await AzuriteProcess.StartAsync(AzuritePackage.EntryScript(root), cancellationToken);
        _account = new StorageAccount(_azurite.ConnectionString, _azurite.TableEndpoint, _azurite.QueueEndpoint);
    }

    public async ValueTask DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    private sealed record StorageAccount(string ConnectionString, Uri TableEndpoint, Uri QueueEndpoint)
    {
        public static StorageAccount Parse(string connectionString)
        {
            var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (string pair in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                string[] parts = pair.Split('=', 2);
                settings[parts[0]] = parts.Length == 2 ? parts[1] : "";
            }

            if (settings.TryGetValue("UseDevelopmentStorage", out string? development) && bool.TryParse(development, out bool useDevelopment) && useDevelopment)
            {
                return new StorageAccount(connectionString, AzuriteProcess.Endpoint(10002), AzuriteProcess.Endpoint(10001));
            }

            return new StorageAccount(connectionString, ServiceEndpoint(settings, "Table", "table"), ServiceEndpoint(settings, "Queue", "queue"));
        }

        private static Uri ServiceEndpoint(Dictionary<string, string> settings, string service, string hostLabel)
        {
            if (settings.TryGetValue($"{service}Endpoint", out string? endpoint))
            {
                return new Uri(endpoint);
            }

            if (!settings.TryGetValue("AccountName", out string? account))
            {
                throw new InvalidOperationException($"{StorageVariable} names neither {service}Endpoint nor AccountName.");
            }

            string protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https");
            string suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
            return new Uri($"{protocol}://{account}.{hostLabel}.{suffix}");
        }
    }
}
