using Azure.Storage.Queues.Models;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Delivery.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Storage.AzureTables.Delivery;

/// <summary>
/// Carries out one work message: queues it again if it is not due yet, else hands it to the engine and records the
/// outcome before the message is deleted. A message is never deleted before what became of it is stored somewhere:
/// done (by the engine), queued again, or moved aside as failed.
/// </summary>
internal sealed class WorkRunner
{
    private readonly RetryingDeliveryHandler _handler;
    private readonly WorkQueue _queue;
    private readonly TableFailedDeliveries _failed;
    private readonly DeliveryOptions _options;
    private readonly ILogger _logger;

    public WorkRunner(
        RetryingDeliveryHandler handler, WorkQueue queue, TableFailedDeliveries failed, IOptions<DeliveryOptions> options, ILogger<WorkRunner> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _handler = handler;
        _queue = queue;
        _failed = failed;
        _options = options.Value;
        _logger = logger;
    }

    public async Task RunAsync(QueueMessage message, WorkJson json, CancellationToken cancellationToken)
    {
        OutboundWork work;
        try
        {
            work = WorkMapper.FromJson(json);
        }
        catch (InvalidDataException exception)
        {
            await MoveAsideAsync(message, json, exception, cancellationToken);
            return;
        }

        if (!WorkDelay.IsDue(work.NotBefore, _queue.Now))
        {
            TimeSpan step = await _queue.SendAsync(json, cancellationToken);
            await _queue.DeleteAsync(message, cancellationToken);
            _logger.WorkStepped(json.Id, json.Kind, (work.NotBefore - _queue.Now).TotalSeconds, step.TotalSeconds);
            return;
        }

        DeliveryResult result;
        try
        {
            result = await _handler.HandleAsync(work, cancellationToken);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            await FailedAttemptAsync(message, json, exception, cancellationToken);
            return;
        }

        if (result.Status == DeliveryStatus.Rescheduled)
        {
            DateTimeOffset at = result.RescheduleAt ?? _queue.Now + _options.VisibilityTimeout;
            await _queue.SendAsync(json with { NotBefore = at }, cancellationToken);
        }

        await _queue.DeleteAsync(message, cancellationToken);
        _logger.WorkHandled(json.Id, json.Kind, result.Status, message.DequeueCount);
    }

    /// <summary>Stores a message that is not work this version can read, and deletes it: retrying cannot help.</summary>
    public async Task MoveAsideUnreadableAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        await _failed.RecordUnreadableAsync(message.MessageId, message.Body.ToString(), message.DequeueCount, cancellationToken);
        await _queue.DeleteAsync(message, cancellationToken);
        _logger.UnreadableMessageMovedAside(message.MessageId);
    }

    private async Task FailedAttemptAsync(QueueMessage message, WorkJson json, Exception exception, CancellationToken cancellationToken)
    {
        long attempt = message.DequeueCount;
        TimeSpan backoff = WorkDelay.Backoff(attempt);
        if (exception is StorageUnavailableException)
        {
            // An outage is not the item's fault: it waits however long the outage lasts.
            await _queue.HideAsync(message, backoff, cancellationToken);
            _logger.WorkWaitsForStorage(json.Id, json.Kind, backoff.TotalSeconds);
            return;
        }

        if (attempt < _options.MaxAttempts)
        {
            await _queue.HideAsync(message, backoff, cancellationToken);
            _logger.WorkAttemptFailed(json.Id, json.Kind, attempt, _options.MaxAttempts, exception.GetType().Name, backoff.TotalSeconds);
            return;
        }

        await MoveAsideAsync(message, json, exception, cancellationToken);
    }

    private async Task MoveAsideAsync(QueueMessage message, WorkJson json, Exception exception, CancellationToken cancellationToken)
    {
        await _failed.RecordAsync(json, message.DequeueCount, exception, cancellationToken);
        await _queue.DeleteAsync(message, cancellationToken);
        _logger.WorkMovedAside(json.Id, json.Kind, message.DequeueCount, exception.GetType().Name);
    }
}
