using Azure;
using Azure.Storage.Queues.Models;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Delivery.Json;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables.Delivery;

/// <summary>
/// Takes outbound work from the queue and gets it carried out (docs/storage.md): a flush is split into work
/// messages, a work message goes to the engine's <see cref="Engine.Delivery.IDeliveryHandler"/> when due. Every
/// instance runs one; the queue hands each message to one worker at a time.
/// </summary>
/// <remarks>
/// The host calls <see cref="RunOnceAsync"/> in a loop and waits <c>Delivery:PollInterval</c> whenever it returns 0.
/// </remarks>
public sealed class QueueDeliveryPump
{
    private readonly WorkQueue _queue;
    private readonly FlushForwarder _flushes;
    private readonly WorkRunner _runner;
    private readonly ILogger _logger;

    internal QueueDeliveryPump(WorkQueue queue, FlushForwarder flushes, WorkRunner runner, ILogger<QueueDeliveryPump> logger)
    {
        _queue = queue;
        _flushes = flushes;
        _runner = runner;
        _logger = logger;
    }

    /// <summary>
    /// Receives one batch (<c>Delivery:BatchSize</c> messages at most) and processes its messages concurrently. A
    /// message that cannot be processed now stays on the queue and surfaces again after its visibility timeout.
    /// </summary>
    /// <returns>How many messages were received; 0 when the queue had none or could not be reached (logged).</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        QueueMessage[] messages;
        try
        {
            messages = await _queue.ReceiveAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is StorageUnavailableException or RequestFailedException)
        {
            _logger.QueueUnreadable(_queue.Name, TransientFaults.Describe(exception));
            return 0;
        }

        await Task.WhenAll(messages.Select(message => ProcessAsync(message, cancellationToken)));
        return messages.Length;
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            switch (WorkQueue.Read(message.Body.ToString()))
            {
                case { Type: QueueMessageJson.FlushType, Partition: { } partition, Items: { } items }:
                    await _flushes.ForwardAsync(message, partition, items, cancellationToken);
                    break;
                case { Type: QueueMessageJson.WorkType, Work: { } work }:
                    await _runner.RunAsync(message, work, cancellationToken);
                    break;
                default:
                    await _runner.MoveAsideUnreadableAsync(message, cancellationToken);
                    break;
            }
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // Nothing was deleted that is not recorded elsewhere: the message surfaces again and is retried.
            _logger.MessageLeftOnQueue(message.MessageId, TransientFaults.Describe(exception));
        }
    }
}
