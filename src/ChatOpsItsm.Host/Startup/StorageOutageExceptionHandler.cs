using ChatOpsItsm.Engine.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace ChatOpsItsm.Host.Startup;

/// <summary>
/// A storage outage during a REST request is 503 with problem details and a <c>Retry-After</c>, not a 500:
/// the request was fine, the store was not there. (Chat channels never see this: the engine answers them.)
/// </summary>
internal sealed class StorageOutageExceptionHandler(IProblemDetailsService problems, ILogger<StorageOutageExceptionHandler> logger)
    : IExceptionHandler
{
    private const string RetryAfterSeconds = "30";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not StorageUnavailableException)
        {
            return false;
        }

        logger.StorageUnavailableForRequest(httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers[HeaderNames.RetryAfter] = RetryAfterSeconds;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Storage unavailable",
                Detail = "The ticket store cannot be reached right now; nothing was changed. Try again shortly.",
            },
        });
    }
}
