using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChatOpsItsm.Bench.Azurite;

/// <summary>
/// One in-memory Azurite child process on free loopback ports: the start logic of the tests'
/// <c>AzuriteFixture</c>, without its xunit dependency.
/// </summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    private const string Account = "devstoreaccount1";

    // The emulator's well-known account key, published in Microsoft's Azurite documentation: not a secret.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(10);

    private static readonly string[] Flags =
        ["--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--disableProductStyleUrl", "--loose", "--disableTelemetry"];

    private readonly Process _process = new();
    private readonly StringBuilder _output = new();
    private readonly int _blobPort;
    private readonly int _queuePort;
    private readonly int _tablePort;

    private AzuriteProcess(int[] ports)
    {
        (_blobPort, _queuePort, _tablePort) = (ports[0], ports[1], ports[2]);
    }

    /// <summary>The connection string for this emulator's blob, queue and table endpoints.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={AccountKey};"
        + $"TableEndpoint={Endpoint(_tablePort)};QueueEndpoint={Endpoint(_queuePort)};BlobEndpoint={Endpoint(_blobPort)};";

    /// <summary>The Azurite process id, so its memory can be reported next to ours.</summary>
    public int ProcessId => _process.Id;

    /// <summary>
    /// Starts <c>node_modules/.bin/azurite</c>'s entry script with node (one process to stop, on every OS)
    /// and returns once its table and queue ports accept connections.
    /// </summary>
    /// <exception cref="InvalidOperationException">Azurite is not installed, node is missing, or it did not listen within 30 s.</exception>
    public static async Task<AzuriteProcess> StartAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        string entryScript = Path.Combine(repositoryRoot, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(entryScript))
        {
            throw new InvalidOperationException($"Azurite is not installed in {repositoryRoot}: run `npm ci` there first.");
        }

        var azurite = new AzuriteProcess(FreeLoopbackPorts(3));
        try
        {
            azurite.Start(entryScript);
            await azurite.WaitUntilListeningAsync(cancellationToken);
            return azurite;
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(ExitTimeout);
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone: nothing to stop.
        }

        _process.Dispose();
    }

    private void Start(string entryScript)
    {
        var startInfo = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        startInfo.ArgumentList.Add(entryScript);
        foreach (string flag in Flags)
        {
            startInfo.ArgumentList.Add(flag);
        }

        foreach ((string name, int port) in new[] { ("--blobPort", _blobPort), ("--queuePort", _queuePort), ("--tablePort", _tablePort) })
        {
            startInfo.ArgumentList.Add(name);
            startInfo.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        }

        _process.StartInfo = startInfo;
        _process.OutputDataReceived += Capture;
        _process.ErrorDataReceived += Capture;
        try
        {
            _process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException("Could not start 'node': install Node.js 20 or later and put it on PATH.", exception);
        }

        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        while (!await AcceptsAsync(_tablePort, cancellationToken) || !await AcceptsAsync(_queuePort, cancellationToken))
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(cancellationToken);
                throw Failure($"Azurite exited with code {_process.ExitCode}");
            }

            if (elapsed.Elapsed > StartTimeout)
            {
                throw Failure($"Azurite did not listen on ports {_tablePort} and {_queuePort} within {StartTimeout.TotalSeconds} s");
            }

            await Task.Delay(PollInterval, TimeProvider.System, cancellationToken);
        }
    }

    private static async Task<bool> AcceptsAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    // Binding port 0 lets the OS choose; all listeners stay open until every port is chosen, so they differ.
    private static int[] FreeLoopbackPorts(int count)
    {
        TcpListener[] listeners = [.. Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0))];
        try
        {
            foreach (TcpListener listener in listeners)
            {
                listener.Start();
            }

            return [.. listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (TcpListener listener in listeners)
            {
                listener.Stop();
            }
        }
    }

    private static string Endpoint(int port) =>
        string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/{Account}");

    private void Capture(object sender, DataReceivedEventArgs line)
    {
        if (line.Data is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line.Data);
            }
        }
    }

    private InvalidOperationException Failure(string reason)
    {
        lock (_output)
        {
            return new InvalidOperationException($"{reason}. Azurite's output:\n{_output}");
        }
    }
}
