using System.Text.Json;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Delivery.Json;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Storage.AzureTables.Delivery;

/// <summary>
/// The queue of outbound work (<c>Delivery:QueueName</c>): flush messages from the outbox and single work items,
/// delayed by visibility until they are due. Every call goes through the storage resilience pipeline.
/// </summary>
internal sealed class WorkQueue
{
    /// <summary>A message holds at most 64 KiB; flushes are cut to stay well below it (payloads are ASCII).</summary>
    public const int MaxMessageLength = 48 * 1024;

    /// <summary>
    /// The largest serialised work item: it must fit one string property of a table row (32 K UTF-16 units) and a
    /// message with its envelope.
    /// </summary>
    public const int MaxItemLength = 30_000;

    /// <summary>Room for the envelope around the items of a flush.</summary>
    private const int EnvelopeLength = 512;

    /// <summary>Messages never expire (the service's default is 7 days): a timer may wait longer, a failure must not vanish.</summary>
    private static readonly TimeSpan NeverExpire = TimeSpan.FromSeconds(-1);

    private readonly QueueClient _queue;
    private readonly DeliveryOptions _options;
    private readonly StorageResiliencePipeline _pipeline;
    private readonly TimeProvider _timeProvider;

    public WorkQueue(
        QueueServiceClient service, IOptions<DeliveryOptions> options, StorageResiliencePipeline pipeline, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _queue = service.GetQueueClient(_options.QueueName);
        _pipeline = pipeline;
        _timeProvider = timeProvider;
    }

    public string Name => _queue.Name;

    public DateTimeOffset Now => _timeProvider.GetUtcNow();

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken) =>
        await _pipeline.ExecuteAsync(async token => await _queue.CreateIfNotExistsAsync(cancellationToken: token), cancellationToken);

    /// <summary>Queues one item, hidden until it is due or for <see cref="DeliveryOptions.MaxTimerStep"/>, whichever is sooner.</summary>
    /// <returns>The visibility delay used.</returns>
    /// <exception cref="InvalidOperationException">The item is longer than <see cref="MaxItemLength"/>.</exception>
    public async Task<TimeSpan> SendAsync(WorkJson work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        _ = Payload(work);
        TimeSpan delay = WorkDelay.Until(work.NotBefore, Now, _options.MaxTimerStep);
        string text = Serialize(new QueueMessageJson { Type = QueueMessageJson.WorkType, Work = work });
        await SendTextAsync(text, delay, cancellationToken);
        return delay;
    }

    /// <summary>Queues the outbox items of one command as flush messages: one, unless they exceed a message.</summary>
    /// <returns>How many messages were sent.</returns>
    public async Task<int> SendFlushAsync(string partition, IReadOnlyList<WorkJson> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        int sent = 0;
        foreach (List<WorkJson> chunk in Chunks(items))
        {
            string text = Serialize(new QueueMessageJson { Type = QueueMessageJson.FlushType, Partition = partition, Items = chunk });
            await SendTextAsync(text, TimeSpan.Zero, cancellationToken);
            sent++;
        }

        return sent;
    }

    /// <summary>Sends a message body as it is (a replayed message that could not be read).</summary>
    public Task SendRawAsync(string text, CancellationToken cancellationToken) => SendTextAsync(text, TimeSpan.Zero, cancellationToken);

    /// <summary>Takes up to <see cref="DeliveryOptions.BatchSize"/> messages, hidden from others for <see cref="DeliveryOptions.VisibilityTimeout"/>.</summary>
    public async Task<QueueMessage[]> ReceiveAsync(CancellationToken cancellationToken)
    {
        Response<QueueMessage[]> response = await _pipeline.ExecuteAsync(
            async token => await _queue.ReceiveMessagesAsync(_options.BatchSize, _options.VisibilityTimeout, token), cancellationToken);
        return response.Value;
    }

    /// <summary>Deletes a received message.</summary>
    /// <returns>False when it was gone or taken over by another worker (its visibility ran out).</returns>
    public async Task<bool> DeleteAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            await _pipeline.ExecuteAsync(
                async token => await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, token), cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (IsLost(exception))
        {
            return false;
        }
    }

    /// <summary>Hides a received message for <paramref name="delay"/> more, keeping its body: a retry later.</summary>
    /// <returns>False when it was gone or taken over by another worker.</returns>
    public async Task<bool> HideAsync(QueueMessage message, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            await _pipeline.ExecuteAsync(
                async token => await _queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, message.Body, delay, token),
                cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (IsLost(exception))
        {
            return false;
        }
    }

    /// <summary>The item's JSON payload, as stored in outbox and failed rows.</summary>
    /// <exception cref="InvalidOperationException">It is longer than <see cref="MaxItemLength"/>.</exception>
    public static string Payload(WorkJson work)
    {
        string payload = JsonSerializer.Serialize(work, DeliveryJsonContext.Default.WorkJson);
        return payload.Length <= MaxItemLength
            ? payload
            : throw new InvalidOperationException(
                $"Outbound work {work.Id} is {payload.Length} characters as JSON; at most {MaxItemLength} fit a table property and a queue message.");
    }

    public static string Serialize(QueueMessageJson message) => JsonSerializer.Serialize(message, DeliveryJsonContext.Default.QueueMessageJson);

    /// <summary>The message read as ours, or null when it is not (malformed JSON, unknown type, missing parts).</summary>
    public static QueueMessageJson? Read(string text)
    {
        try
        {
            QueueMessageJson? message = JsonSerializer.Deserialize(text, DeliveryJsonContext.Default.QueueMessageJson);
            return message switch
            {
                { Type: QueueMessageJson.FlushType, Partition: not null, Items: not null } => message,
                { Type: QueueMessageJson.WorkType, Work: not null } => message,
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task SendTextAsync(string text, TimeSpan delay, CancellationToken cancellationToken) =>
        await _pipeline.ExecuteAsync(
            async token => await _queue.SendMessageAsync(text, delay > TimeSpan.Zero ? delay : null, NeverExpire, token),
            cancellationToken);

    /// <summary>Consecutive runs of items whose payloads together stay under <see cref="MaxMessageLength"/>.</summary>
    private static IEnumerable<List<WorkJson>> Chunks(IReadOnlyList<WorkJson> items)
    {
        List<WorkJson> chunk = [];
        int length = EnvelopeLength;
        foreach (WorkJson item in items)
        {
            int itemLength = JsonSerializer.Serialize(item, DeliveryJsonContext.Default.WorkJson).Length + 1;
            if (chunk.Count > 0 && length + itemLength > MaxMessageLength)
            {
                yield return chunk;
                chunk = [];
                length = EnvelopeLength;
            }

            chunk.Add(item);
            length += itemLength;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    /// <summary>404: the message is gone; 400 PopReceiptMismatch: another worker received it since.</summary>
    private static bool IsLost(RequestFailedException exception) =>
        exception.Status == 404 || (exception.Status == 400 && exception.ErrorCode == "PopReceiptMismatch");
}
