using System.ComponentModel.DataAnnotations;

namespace ChatOpsItsm.Storage.AzureTables.Configuration;

/// <summary>The <c>Delivery</c> section: the queue of outbound work and how its workers take it.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>The Azure Storage queue carrying outbound work, in the account of <c>Storage:ConnectionString</c>.</summary>
    /// <value>Defaults to <c>itsm-work</c>. 3 to 63 lower-case letters, digits and single hyphens, starting and
    /// ending with a letter or digit (the service's rule for queue names).</value>
    [Required]
    [RegularExpression("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    public string QueueName { get; set; } = "itsm-work";

    /// <summary>How many times a work item is taken from the queue before it is moved aside as failed.</summary>
    /// <value>Defaults to 5; from 1 to 100.</value>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How long a received message stays hidden from other workers while one handles it.</summary>
    /// <value>Defaults to 30 seconds; from 1 second to 1 hour.</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a worker waits before asking again when the queue was empty.</summary>
    /// <value>Defaults to 1 second; from 10 ms to 1 minute.</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many messages one receive takes.</summary>
    /// <value>Defaults to 16; from 1 to 32 (the service's maximum).</value>
    [Range(1, 32)]
    public int BatchSize { get; set; } = 16;

    /// <summary>Outbox rows older than this, whose queue message never arrived, are queued again by the sweeper.</summary>
    /// <value>Defaults to 1 minute; from 1 second to 1 day.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SweepAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The longest a message is hidden in one go; work due later is queued again in steps. The service hides a
    /// message for at most 7 days.
    /// </summary>
    /// <value>Defaults to 6 days; from 1 second to 6 days 23 hours.</value>
    [Range(typeof(TimeSpan), "00:00:01", "6.23:00:00")]
    public TimeSpan MaxTimerStep { get; set; } = TimeSpan.FromDays(6);
}
