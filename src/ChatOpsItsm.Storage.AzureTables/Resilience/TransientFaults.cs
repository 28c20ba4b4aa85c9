using System.Globalization;
using Azure;
using Polly.Timeout;

namespace ChatOpsItsm.Storage.AzureTables.Resilience;

/// <summary>
/// Which storage failures are worth trying again: the network, timeouts, throttling and server errors.
/// 404, 409 and 412 are answers (missing, exists, changed) and never retried.
/// </summary>
internal static class TransientFaults
{
    /// <param name="exception">What the attempt threw.</param>
    /// <param name="cancellationToken">The caller's token: a cancellation it asked for is not a fault.</param>
    public static bool IsTransient(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        RequestFailedException failed => IsTransientStatus(failed.Status),
        TimeoutRejectedException => true,
        HttpRequestException => true,
        // The SDK's network timeout surfaces as a cancellation nobody asked for.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>Status 0 is the SDK's way of saying no response arrived (connection refused or reset).</summary>
    public static bool IsTransientStatus(int status) => status is 0 or 408 or 429 or 500 or 502 or 503 or 504;

    /// <summary>Storage answered but refused the account's credentials: a configuration fault, not worth a retry.</summary>
    public static bool IsAccessDenied(Exception exception) => exception is RequestFailedException { Status: 401 or 403 };

    /// <summary>A short description for logs: the exception type, status and error code, never its message.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        RequestFailedException failed => string.Create(
            CultureInfo.InvariantCulture, $"{failed.GetType().Name} status {failed.Status} {failed.ErrorCode}").TrimEnd(),
        _ => exception.GetType().Name,
    };
}
