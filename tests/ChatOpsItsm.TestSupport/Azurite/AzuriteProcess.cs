using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChatOpsItsm.TestSupport.Azurite;

/// <summary>One in-memory Azurite child process listening on three free loopback ports.</summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account; its key is public and documented.</summary>
    public const string Account = "devstoreaccount1";

    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(10);

    // In memory, quiet, lenient about SDK versions and headers, and no telemetry calls from test runs.
    private static readonly string[] Flags =
        ["--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--disableProductStyleUrl", "--loose", "--disableTelemetry"];

    private readonly Process _process = new();
    private readonly StringBuilder _output = new();

    private AzuriteProcess(int[] ports)
    {
        (BlobPort, QueuePort, TablePort) = (ports[0], ports[1], ports[2]);
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    /// <summary>The process id, so a benchmark can report Azurite's memory next to its own.</summary>
    public int ProcessId => _process.Id;

    public Uri TableEndpoint => Endpoint(TablePort);

    public Uri QueueEndpoint => Endpoint(QueuePort);

    /// <summary>The connection string for this emulator's blob, queue and table endpoints.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={AccountKey};"
        + $"TableEndpoint={TableEndpoint};QueueEndpoint={QueueEndpoint};BlobEndpoint={Endpoint(BlobPort)};";

    public static Uri Endpoint(int port) => new($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/{Account}");

    /// <summary>Starts Azurite and returns once its table and queue ports accept connections.</summary>
    /// <exception cref="InvalidOperationException">Node is missing, or Azurite exited or did not listen within 30 s.</exception>
    public static async Task<AzuriteProcess> StartAsync(string entryScript, CancellationToken cancellationToken)
    {
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
            // Never started: nothing to stop.
        }

        _process.Dispose();
    }

    private void Start(string entryScript)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add(entryScript);
        // No --location: Azurite 3.37 refuses it together with --inMemoryPersistence, which needs no folder.
        foreach (string argument in Flags)
        {
            startInfo.ArgumentList.Add(argument);
        }

        AddOption(startInfo, "--blobPort", BlobPort);
        AddOption(startInfo, "--queuePort", QueuePort);
        AddOption(startInfo, "--tablePort", TablePort);

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
        while (!await AcceptsAsync(TablePort, cancellationToken) || !await AcceptsAsync(QueuePort, cancellationToken))
        {
            if (_process.HasExited)
            {
                // Waiting for exit also drains the redirected output into _output.
                await _process.WaitForExitAsync(cancellationToken);
                throw Failure($"Azurite exited with code {_process.ExitCode}");
            }

            if (elapsed.Elapsed > StartTimeout)
            {
                throw Failure($"Azurite did not accept connections on ports {TablePort} and {QueuePort} within {StartTimeout.TotalSeconds} s");
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

    private static void AddOption(ProcessStartInfo startInfo, string name, int port)
    {
        startInfo.ArgumentList.Add(name);
        startInfo.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
    }

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
