using System.Net.Sockets;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Startup;

/// <summary>
/// Creates the tables and the queue before the host starts. When storage cannot be reached within <see cref="Timeout"/>,
/// it logs one critical line that names the endpoint (never the key) and how to fix it, and returns false
/// so that the process exits with code 1 instead of answering every chat message with an apology.
/// </summary>
internal sealed class StartupStorageCheck(
    StorageSetup initializer,
    IOptions<TableStorageOptions> options,
    TimeProvider timeProvider,
    ILogger<StartupStorageCheck> logger)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private const string NoAnswer = "no answer within 10 s";

    public async Task<bool> StorageIsReadyAsync(CancellationToken cancellationToken)
    {
        string endpoint = StorageEndpoint.Describe(options.Value.ConnectionString);
        long started = timeProvider.GetTimestamp();
        using CancellationTokenSource bounded = new(Timeout, timeProvider);
        using CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(bounded.Token, cancellationToken);
        try
        {
            await initializer.InitializeAsync(linked.Token);
            long elapsed = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
            logger.StorageReadyAtStartup(endpoint, elapsed);
            return true;
        }
        catch (OperationCanceledException) when (bounded.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            logger.StorageUnreachableAtStartup(endpoint, NoAnswer);
            return false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The exception's text may quote the request; its type and socket error are enough to act on.
            string reason = Reason(exception);
            logger.StorageUnreachableAtStartup(endpoint, reason);
            return false;
        }
    }

    /// <summary>The socket error when there is one (ConnectionRefused), else the innermost exception's type.</summary>
    private static string Reason(Exception exception)
    {
        Exception innermost = exception;
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket.SocketErrorCode.ToString();
            }

            innermost = inner;
        }

        return innermost.GetType().Name;
    }
}
