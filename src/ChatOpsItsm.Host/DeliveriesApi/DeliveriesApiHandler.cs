using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Host.DeliveriesApi.Protocol;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatOpsItsm.Host.DeliveriesApi;

/// <summary>Failed deliveries for operators: list them, put one back on the queue.</summary>
internal sealed class DeliveriesApiHandler(IFailedDeliveries failed, ILogger<DeliveriesApiHandler> logger)
{
    public const string FailedState = "failed";
    public const int MaxListed = 200;
    public const int MaxWorkIdLength = 512;

    public async Task<Results<JsonHttpResult<JsonFailedDeliveryPage>, ProblemHttpResult>> ListAsync(
        string? state, CancellationToken cancellationToken)
    {
        if (!string.Equals(state, FailedState, StringComparison.Ordinal))
        {
            return TypedResults.Problem(
                detail: "Only state=failed is supported: deliveries that are not failed are on the queue or done.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        IReadOnlyList<FailedDelivery> items = await failed.ListAsync(MaxListed, cancellationToken);
        JsonFailedDeliveryPage page = new() { Items = [.. items.Select(ToJson)] };
        return TypedResults.Json(page, DeliveriesApiJsonContext.Default.JsonFailedDeliveryPage);
    }

    public async Task<Results<Accepted, ProblemHttpResult>> ReplayAsync(string workId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(workId) || workId.Length > MaxWorkIdLength || workId.Any(char.IsControl))
        {
            return TypedResults.Problem(
                detail: $"The work id must be 1 to {MaxWorkIdLength} characters without control characters.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        if (!await failed.ReplayAsync(workId, cancellationToken))
        {
            return TypedResults.Problem(detail: $"There is no failed delivery {workId}.", statusCode: StatusCodes.Status404NotFound);
        }

        logger.DeliveryReplayRequested(workId);
        return TypedResults.Accepted((string?)null);
    }

    private static JsonFailedDelivery ToJson(FailedDelivery delivery) => new()
    {
        WorkId = delivery.WorkId,
        Kind = delivery.Kind,
        Target = delivery.Target,
        FailedAt = delivery.FailedAt,
        Attempts = delivery.Attempts,
        Reason = delivery.Reason,
    };
}
